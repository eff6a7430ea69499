// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "storage/sqliteworkspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// The `accord` executable's windowless commands, run as a user would.
class TestCommandLine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run accord(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        QProcessEnvironment e = env;
        e.remove(QStringLiteral("DISPLAY"));
        e.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(ACCORD_BINARY), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void versionAndHelpNeedNoDisplay()
    {
        const Run version = accord({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("Accord ")), qPrintable(version.out));
        const Run help = accord({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("generate")));
        QVERIFY(help.out.contains(QStringLiteral("--workspace")));
    }

    void generateThenList()
    {
        const QString path = m_dir.filePath(QStringLiteral("portfolio.accord"));
        const Run gen = accord({QStringLiteral("generate"), QStringLiteral("--plans"),
            QStringLiteral("25"), QStringLiteral("--seed"), QStringLiteral("42"),
            QStringLiteral("--workspace"), path});
        QCOMPARE(gen.exitCode, 0);
        QVERIFY2(gen.out.contains(QStringLiteral("Generated 25 plans (seed 42)")),
            qPrintable(gen.out + gen.err));
        const Run list = accord({QStringLiteral("list"), QStringLiteral("--workspace"), path});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 26); // header + one line per plan
        auto ws = SqliteWorkspace::open(path);
        QVERIFY(ws);
        const auto plans = (*ws)->listPlans();
        for (const PlanSummary &s : *plans) {
            const QString line = *std::find_if(lines.begin(), lines.end(), [&](const QString &l) {
                return l.startsWith(QString::number(s.id.value).leftJustified(6));
            });
            QVERIFY2(line.contains(s.company.left(20)), qPrintable(line));
            QVERIFY2(line.contains(enumKey(s.status)), qPrintable(line));
            QVERIFY2(line.contains(s.renewalDate.toString(Qt::ISODate)), qPrintable(line));
            QVERIFY2(line.contains(QString::number(qRound(*s.healthScore))), qPrintable(line));
        }
    }

    void sameSeedSamePortfolio()
    {
        QStringList outputs;
        for (int i = 0; i < 2; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("seeded-%1.accord").arg(i));
            QCOMPARE(accord({QStringLiteral("generate"), QStringLiteral("--plans"),
                                QStringLiteral("5"), QStringLiteral("--workspace"), path})
                         .exitCode,
                0);
            outputs << accord({QStringLiteral("list"), QStringLiteral("--workspace"), path}).out;
        }
        QCOMPARE(outputs[0], outputs[1]);
    }

    void workspaceFromEnvironment()
    {
        const QString path = m_dir.filePath(QStringLiteral("from-env.accord"));
        auto ws = SqliteWorkspace::open(path);
        QVERIFY(ws);
        Plan plan;
        plan.account.company = QStringLiteral("Environment Inc");
        QVERIFY((*ws)->insertPlan(plan));
        ws.value().reset();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACCORD_WORKSPACE"), path);
        const Run list = accord({QStringLiteral("list")}, env);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("Environment Inc")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("Unknown command \"frobnicate\"");
        QTest::newRow("plans missing") << QStringList {QStringLiteral("generate"),
            QStringLiteral("--workspace"), QStringLiteral("x.accord")}
                                       << 2 << QStringLiteral("generate needs --plans N");
        QTest::newRow("plans not a number") << QStringList {QStringLiteral("generate"),
            QStringLiteral("--plans"), QStringLiteral("many"), QStringLiteral("--workspace"),
            QStringLiteral("x.accord")} << 2 << QStringLiteral("found \"many\"");
        QTest::newRow("generate into default") << QStringList {QStringLiteral("generate"),
            QStringLiteral("--plans"),
            QStringLiteral("3")} << 2 << QStringLiteral("generate needs --workspace FILE");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("list"), QStringLiteral("--colour")} << 2
            << QStringLiteral("Unknown option 'colour'");
        QTest::newRow("not a workspace") << QStringList {QStringLiteral("list"),
            QStringLiteral("--workspace"), QStringLiteral(ACCORD_SOURCE_DIR "/CMakeLists.txt")}
                                         << 1 << QStringLiteral("is not an Accord workspace");
        QTest::newRow("missing workspace") << QStringList {QStringLiteral("list"),
            QStringLiteral("--workspace"), QStringLiteral("x.accord")}
                                           << 1 << QStringLiteral("x.accord does not exist");
        QTest::newRow("restore without file")
            << QStringList {QStringLiteral("restore")} << 2
            << QStringLiteral("restore needs exactly one backup file");
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QDir::setCurrent(m_dir.path());
        const Run run = accord(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.accord"))));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
