// SPDX-License-Identifier: GPL-3.0-or-later
#include "iotestsupport.h"

#include "io/importlimits.h"
#include "io/planio.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

const QString kFile = QStringLiteral("bad.yaml");

QByteArray aliasBomb()
{
    QByteArray text
        = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        const char prev = char(c - 1);
        text += QByteArray(1, c) + ": &" + c + " [";
        for (int i = 0; i < 9; ++i)
            text += QByteArray(i ? "," : "") + '*' + prev;
        text += "]\n";
    }
    return text;
}

} // namespace

// Inputs built to exhaust time or memory end with a clear error, quickly.
class TestImportLimits : public QObject {
    Q_OBJECT

private slots:
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("alias bomb")
            << aliasBomb()
            << QStringLiteral("bad.yaml:6:8: expected at most 200000 values (aliases count each "
                              "time they are used), found more");
        QTest::newRow("huge flow list")
            << "[" + QByteArray("a,").repeated(300000) + "a]"
            << QStringLiteral("bad.yaml:1:400001: expected at most 200000 values, found more");
        QTest::newRow("deep nesting")
            << QByteArray(1000, '[') + QByteArray(1000, ']')
            << QStringLiteral(
                   "bad.yaml:1:65: expected at most 64 levels of nesting, found deeper nesting");
        QTest::newRow("deeper than yaml-cpp allows")
            << QByteArray(100000, '[') + QByteArray(100000, ']')
            << QStringLiteral(
                   "bad.yaml:1:65: expected at most 64 levels of nesting, found deeper nesting");
        QTest::newRow("unclosed and deep")
            << QByteArray(100000, '[') // each '[' may start a key: two levels
            << QStringLiteral(
                   "bad.yaml:1:33: expected at most 64 levels of nesting, found deeper nesting");
    }

    void badInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QElapsedTimer timer;
        timer.start();
        ImportReport report;
        const auto plan = importPlanYaml(yaml, kFile, &report);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().section(u'\n', 0, 0), error);
        QVERIFY(!report.errors.empty());
        QCOMPARE(report.errors.front().toString(), error);
        QVERIFY(timer.elapsed() < 5000);
    }

    void oversizedInputIsRefusedBeforeParsing()
    {
        QElapsedTimer timer;
        timer.start();
        QByteArray huge(200 * 1024 * 1024, 'a');
        const auto plan = importPlanYaml(huge, kFile);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error(),
            QStringLiteral(
                "bad.yaml: expected at most 16777216 bytes (16 MiB), found 209715200 bytes"));
        huge.clear();
        huge.squeeze();

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("big.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ImportLimits::maxBytes + 1)); // sparse: nothing is written or read
        file.close();
        const auto fromFile = importPlanFile(file.fileName());
        QVERIFY(!fromFile.ok());
        QVERIFY(fromFile.error().endsWith(
            u"big.yaml: expected at most 16777216 bytes (16 MiB), found 16777217 bytes"));
        QVERIFY(timer.elapsed() < 10000);
    }

    void largePlansImportInBoundedTime()
    {
        const auto plan = [](int rows) {
            QByteArray text = "phases:\n";
            for (int i = 0; i < rows; ++i)
                text += "  - name: P" + QByteArray::number(i) + '\n';
            text += "milestones:\n";
            for (int i = 0; i < rows; ++i)
                text += "  - {name: M" + QByteArray::number(i) + ", phase: P"
                    + QByteArray::number(rows - 1 - i) + "}\n";
            return text;
        };
        QElapsedTimer timer;
        timer.start();
        const auto big = importPlanYaml(plan(ImportLimits::maxRowsPerTable), kFile);
        QVERIFY2(big.ok(), qPrintable(big.error()));
        QCOMPARE(big->milestones.back().phase, PhaseId(1));
        QVERIFY(exportPlanYaml(big.value()).size() > 300000);
        const auto tooBig = importPlanYaml(plan(ImportLimits::maxRowsPerTable + 1), kFile);
        QCOMPARE(tooBig.error().section(u'\n', 0, 0),
            QStringLiteral("bad.yaml:10002:5: expected at most 10000 rows of phases, found more "
                           "(at phases[10000])"));
        // Seconds in a debug build (PlanTable::insertRow is linear); generous for sanitizer builds.
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    }

    void truncatedAndMangledInputNeverCrashes()
    {
        const QByteArray original
            = test::dataFile("acme-corp.yaml") + test::dataFile("qbr-agenda.yaml");
        int failures = 0;
        for (qsizetype n = 0; n < original.size(); n += 13) {
            failures += importPlanYaml(original.left(n), kFile).ok() ? 0 : 1;
            QByteArray mangled = original;
            mangled[n] = "\t:[]{}&*!|>'\"%@`#-?,\n\x01"[n % 23];
            (void)importPlanYaml(mangled, kFile).ok();
        }
        QVERIFY(failures > 0);
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
