// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/editchild.h"
#include "storage/sqliteworkspace.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

using namespace accord;

// A process editing the workspace is killed (SIGKILL) at random moments. After
// every kill the workspace is intact and holds every edit the process reported.
// ACCORD_CRASH_ROUNDS sets the number of rounds (default 50), ACCORD_CRASH_SEED the seed.
class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void killedWriterLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.accord"));
        PlanId id;
        {
            auto ws = SqliteWorkspace::open(path);
            QVERIFY(ws);
            id = (*ws)->insertPlan(Plan {})->id;
        }
        const int rounds = qEnvironmentVariableIntValue("ACCORD_CRASH_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("ACCORD_CRASH_ROUNDS")
            : 50;
        const quint32 seed = qEnvironmentVariableIsSet("ACCORD_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("ACCORD_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("crash rounds: %d, seed: %u", rounds, seed);
        QRandomGenerator random(seed);
        QSet<QString> expected;
        int totalCommitted = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString tag = QStringLiteral("r%1").arg(round);
            std::unique_ptr<QProcess> child(test::startEditChild(path, id, 1000000, tag));
            QVERIFY(child->waitForStarted());
            // Let it get going (opening the workspace), then kill it mid-stream.
            QVERIFY(child->waitForReadyRead(60000));
            QTest::qWait(int(random.bounded(5, 120)));
            child->kill();
            QVERIFY(child->waitForFinished(30000));
            const QList<int> committed = test::committedEdits(child->readAllStandardOutput());
            for (int i : committed)
                expected.insert(QStringLiteral("%1-%2").arg(tag).arg(i));
            totalCommitted += int(committed.size());

            auto ws = SqliteWorkspace::open(path);
            QVERIFY2(ws, qPrintable(ws.error()));
            QCOMPARE((*ws)->check(true), QStringLiteral("ok"));
            auto plan = (*ws)->loadPlan(id);
            QVERIFY(plan);
            QSet<QString> present;
            for (const GlossaryEntry &e : plan->glossary)
                present.insert(e.term);
            const QSet<QString> missing = expected - present;
            QVERIFY2(missing.isEmpty(),
                qPrintable(QStringLiteral("round %1 lost %2 reported edits, e.g. %3")
                               .arg(round)
                               .arg(missing.size())
                               .arg(missing.isEmpty() ? QString() : *missing.begin())));
        }
        qInfo("%d edits reported committed across %d kills", totalCommitted, rounds);
        QVERIFY(totalCommitted > 0);
    }
};

ACCORD_TEST_MAIN_WITH_EDIT_CHILD(TestCrashSafety)
#include "tst_crashsafety.moc"
