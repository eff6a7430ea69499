// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/testdata.h"
#include "document/plandocument.h"
#include "storage/sqliteworkspace.h"
#include "window/mainwindow.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace accord;

// File ▸ Import and Export on the window.
class TestImportExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importPlanMeasurementsAndExport()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("io.accord"))));
        QVERIFY(window.importPlan(test::dataPath("acme-corp.yaml")));
        QVERIFY(window.document());
        QCOMPARE(window.document()->plan().account.company, QStringLiteral("Acme Corp"));

        // Two readings of O1's metric, as one undoable step.
        QFile csv(dir.filePath(QStringLiteral("readings.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("outcome,date,value,note\nO1,2026-03-01,90,March\nO1,2026-04-01,45,April\n");
        csv.close();
        const std::size_t before = window.document()->plan().measurements.size();
        QVERIFY2(window.importMeasurements(csv.fileName()), qPrintable(window.lastError()));
        QCOMPARE(window.document()->plan().measurements.size(), before + 2);
        QCOMPARE(
            window.document()->undoStack()->undoText(), QStringLiteral("Import 2 measurement(s)"));
        {
            auto ws = SqliteWorkspace::open(dir.filePath(QStringLiteral("io.accord")));
            QCOMPARE((*ws)->loadPlan(window.document()->id())->measurements.size(), before + 2);
        }
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->plan().measurements.size(), before);

        const QString md = dir.filePath(QStringLiteral("acme.md"));
        QVERIFY(window.exportPlanTo(md));
        QFile out(md);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(out.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# Customer Success Plan: Acme Corp")));
        QVERIFY(text.contains(QStringLiteral(". Risk & Mitigation\n")));

        QVERIFY(window.exportPlanTo(dir.filePath(QStringLiteral("tables")), true));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("tables/milestone.csv"))));
        const QString html = dir.filePath(QStringLiteral("acme.html"));
        QVERIFY(window.exportPlanTo(html));
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("<td>Report templates configured</td>"));
        QVERIFY(!window.exportPlanTo(dir.filePath(QStringLiteral("acme.docx"))));
    }
};

QTEST_MAIN(TestImportExport)
#include "tst_importexport.moc"
