// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "../support/fullplan.h"

#include "io/csvexporter.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/planio.h"
#include "model/fieldref.h"
#include "text/fieldtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

// The rows a CSV reader must get back: the header, then id and machine values.
QList<QStringList> expectedRows(const Plan &plan, const PlanTable &table)
{
    QStringList header {QStringLiteral("id")};
    for (const FieldInfo &f : table.fields())
        header << f.key;
    QList<QStringList> rows {header};
    for (int r = 0; r < table.rowCount(plan); ++r) {
        QStringList row {QString::number(table.rowId(plan, r))};
        for (int f = 0; f < int(table.fields().size()); ++f)
            row << FieldText::machine(table.fields()[std::size_t(f)], table.value(plan, r, f));
        rows << row;
    }
    return rows;
}

} // namespace

class TestCsvExporter : public QObject {
    Q_OBJECT

private slots:
    void exportsATableByName()
    {
        const auto csv = CsvExporter::exportTable(test::acmePlan(), QStringLiteral("milestone"));
        QVERIFY2(csv.ok(), qPrintable(csv.error()));
        const QList<QByteArray> lines = csv->split('\n');
        QCOMPARE(lines.at(0),
            QByteArray("id,outcome_id,phase_id,name,owner,start_date,target_date,actual_date,"
                       "status,blockers,notes,notes_internal\r"));
        QCOMPARE(lines.at(1),
            QByteArray("1,1,,Report templates configured,Mike "
                       "Torres,,2025-10-01,2025-10-05,complete,,,false\r"));
        QCOMPARE(lines.at(3),
            QByteArray(
                "3,1,,Automated scheduling enabled,Mike Torres,,2026-01-15,,in_progress,Requires "
                "API access approval from IT security,,false\r"));
        QCOMPARE(lines.size(), 9); // header, 7 milestones, nothing after the last CRLF
        QVERIFY(csv->endsWith("\r\n"));
    }

    void quotesAndFormatsValues()
    {
        Plan plan;
        plan.account.company = QStringLiteral("Acme, \"the\" Corp");
        plan.account.overview = QStringLiteral("two\nlines");
        plan.account.industry = QStringLiteral(" padded");
        plan.account.arr = Money {15000000, QStringLiteral("USD")};
        plan.account.contractStart = QDate(2025, 8, 1);
        Review review;
        review.id = ReviewId(4);
        review.kind = ReviewKind::Day30;
        review.attendees = {QStringLiteral("Ann"), QStringLiteral("Bob")};
        plan.reviews.push_back(review);
        LeadingIndicator li;
        li.id = RowId(2);
        li.text = QStringLiteral("=1+1");
        li.met = true;
        plan.leadingIndicators.push_back(li);

        const QByteArray account = CsvExporter::exportTable(plan, accountTable());
        QVERIFY2(account.endsWith("\r\n0,\"Acme, \"\"the\"\" Corp\",,\" "
                                  "padded\",,,,2025-08-01,,USD 150000.00,,,\"two\nlines\",\r\n"),
            account.constData());
        const auto reviews = CsvExporter::exportTable(plan, QStringLiteral("review"));
        QVERIFY(reviews.ok());
        QCOMPARE(reviews->split('\n').at(1), QByteArray("4,,day30,Ann; Bob,,,\r"));
        const auto indicators = CsvExporter::exportTable(plan, QStringLiteral("leading_indicator"));
        QCOMPARE(indicators->split('\n').at(1), QByteArray("2,'=1+1,,true\r"));
    }

    // OWASP's advice against CSV injection: a text a spreadsheet would run as a
    // formula gets a leading apostrophe; numbers in numeric columns stay numbers.
    void textsThatRunAsFormulasAreGuarded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("=") << u"=HYPERLINK(\"http://x\")"_qs << u"'=HYPERLINK(\"http://x\")"_qs;
        QTest::newRow("+") << u"+1+cmd|' /C calc'!A0"_qs << u"'+1+cmd|' /C calc'!A0"_qs;
        QTest::newRow("-") << u"-2+3"_qs << u"'-2+3"_qs;
        QTest::newRow("@") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
        QTest::newRow("tab") << u"\t=1"_qs << u"'\t=1"_qs;
        QTest::newRow("carriage return") << u"\r=1"_qs << u"'\r=1"_qs;
        QTest::newRow("already an apostrophe") << u"'=1"_qs << u"''=1"_qs;
        QTest::newRow("plain") << u"Plain text"_qs << u"Plain text"_qs;
        QTest::newRow("apostrophe in front of text") << u"'quoted'"_qs << u"'quoted'"_qs;
        QTest::newRow("inside") << u"a=b"_qs << u"a=b"_qs;
    }

    void textsThatRunAsFormulasAreGuarded()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        Plan plan;
        Measurement m;
        m.id = RowId(1);
        m.metric = MetricId(3);
        m.value = -42.5;
        m.note = text;
        plan.measurements.push_back(m);
        const auto csv = CsvExporter::exportTable(plan, QStringLiteral("measurement"));
        QVERIFY(csv.ok());
        const auto rows = CsvReader::parse(*csv, QStringLiteral("m.csv"), 10);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        const QStringList fields = rows->at(1).fields;
        QCOMPARE(fields.at(3), QStringLiteral("-42.5")); // value: a number, sign and all
        QVERIFY2(csv->contains(CsvWriter::field(cell).toUtf8()), csv->constData()); // note
        if (!text.contains(u'\r')) { // CsvReader reads a line break inside a cell as "\n"
            QCOMPARE(fields.at(4), cell);
            QCOMPARE(CsvReader::text(fields.at(4)), text); // and back
        }
    }

    void refusesAnUnknownTable()
    {
        const auto csv = CsvExporter::exportTable(Plan(), QStringLiteral("milestones"));
        QVERIFY(!csv.ok());
        QVERIFY(csv.error().startsWith(
            QStringLiteral("expected a table name (plan, account, stakeholder, ")));
        QVERIFY(csv.error().endsWith(QStringLiteral("), found \"milestones\"")));
    }

    void exportsAllNonEmptyTables()
    {
        const std::vector<CsvFile> files = CsvExporter::exportAllTables(test::acmePlan());
        QStringList names;
        for (const CsvFile &f : files)
            names << f.tableName;
        QCOMPARE(names,
            (QStringList {QStringLiteral("plan"), QStringLiteral("account"),
                QStringLiteral("stakeholder"), QStringLiteral("outcome"), QStringLiteral("metric"),
                QStringLiteral("milestone"), QStringLiteral("risk"), QStringLiteral("review")}));
    }

    void readsBackEveryValue()
    {
        const Plan plan = test::fullPlan();
        for (const CsvFile &file : CsvExporter::exportAllTables(plan)) {
            const auto records = CsvReader::parse(file.data, file.tableName, 1000);
            QVERIFY2(records.ok(), qPrintable(records.error()));
            QList<QStringList> rows;
            for (const CsvRecord &r : *records)
                rows << r.fields;
            QCOMPARE(rows, expectedRows(plan, *findPlanTable(file.tableName)));
        }
    }

    void pythonCsvReadsTheSameRows()
    {
        if (QProcess::execute(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import csv")})
            != 0)
            QSKIP("python3 is not available");
        const Plan plan = test::fullPlan();
        const PlanTable &table = tableOf<Review>();
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("review.csv")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(CsvExporter::exportTable(plan, table));
        out.close();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import csv, json, sys\n"
                               "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                               "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
                out.fileName()});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonArray parsed = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        const QList<QStringList> expected = expectedRows(plan, table);
        QCOMPARE(parsed.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QStringList row;
            for (const QJsonValue &v : parsed.at(i).toArray())
                row << v.toString();
            QCOMPARE(row, expected.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
