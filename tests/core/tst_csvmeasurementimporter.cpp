// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvmeasurementimporter.h"

#include "model/plan.h"

#include <QTest>

using namespace accord;

namespace {

const QString kFile = QStringLiteral("m.csv");

// O1 has one metric, O2 two, O3 none; metric 1 already has a reading on 2026-01-01.
Plan samplePlan()
{
    Plan plan;
    plan.outcomes = {
        {OutcomeId(1), QStringLiteral("O1"), {}, {}, {}, Level::High, OutcomeStatus::InProgress},
        {OutcomeId(2), QStringLiteral("O2"), {}, {}, {}, Level::High, OutcomeStatus::InProgress},
        {OutcomeId(3), QStringLiteral("O3"), {}, {}, {}, Level::High, OutcomeStatus::InProgress}};
    const auto metric = [](qint64 id, qint64 outcome, const char *name) {
        Metric m;
        m.id = MetricId(id);
        m.outcome = OutcomeId(outcome);
        m.name = QString::fromUtf8(name);
        return m;
    };
    plan.metrics = {metric(1, 1, "Report generation time"), metric(2, 2, "Monthly active users"),
        metric(3, 2, "Seats used")};
    Measurement existing;
    existing.id = RowId(7);
    existing.metric = MetricId(1);
    existing.date = QDate(2026, 1, 1);
    existing.value = 200;
    plan.measurements.push_back(existing);
    return plan;
}

} // namespace

class TestCsvMeasurementImporter : public QObject {
    Q_OBJECT

private slots:
    void importsGoodInput()
    {
        const QByteArray csv = "\xEF\xBB\xBFoutcome,date,value,note\r\n"
                               "O1,2026-01-15,180.5,\"Down, finally\"\r\n"
                               "o1,2026-02-01,-3,\"He said \"\"done\"\"\r\nnext line\"\r\n"
                               "\r\n"
                               "  seats USED  , 2026-02-01 ,.5\r\n"
                               "\"Monthly active users\",2026-02-01,+16\r\n\r\n";
        const auto rows = CsvMeasurementImporter::importCsv(samplePlan(), csv, kFile);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), std::size_t(4));
        const Measurement &a = rows->at(0);
        QCOMPARE(a.id, RowId(8));
        QCOMPARE(a.metric, MetricId(1));
        QCOMPARE(a.date, QDate(2026, 1, 15));
        QCOMPARE(a.value, 180.5);
        QCOMPARE(a.note, QStringLiteral("Down, finally"));
        QCOMPARE(rows->at(1).id, RowId(9));
        QCOMPARE(rows->at(1).value, -3.0);
        QCOMPARE(rows->at(1).note, QStringLiteral("He said \"done\"\nnext line"));
        QCOMPARE(rows->at(2).metric, MetricId(3));
        QCOMPARE(rows->at(2).value, 0.5);
        QCOMPARE(rows->at(2).note, QString());
        QCOMPARE(rows->at(3).metric, MetricId(2));
        QCOMPARE(rows->at(3).value, 16.0);
    }

    void importsWithoutHeaderAndWithMetricHeader()
    {
        const auto plain = CsvMeasurementImporter::importCsv(
            samplePlan(), "O1,2026-01-15,1\nO1,2026-01-16,2", kFile);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(plain->size(), std::size_t(2));
        const auto named = CsvMeasurementImporter::importCsv(
            samplePlan(), "Metric,Date,Value\nSeats used,2026-01-15,1\n", kFile);
        QVERIFY2(named.ok(), qPrintable(named.error()));
        QCOMPARE(named->front().metric, MetricId(3));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown metric")
            << QByteArray("O1,2026-01-05,3\nRevenue,2026-01-05,3\n")
            << "m.csv:2: expected an outcome code or a metric name of this plan, found \"Revenue\"";
        QTest::newRow("empty name")
            << QByteArray(",2026-01-05,3\n")
            << "m.csv:1: expected an outcome code or a metric name of this plan, found nothing";
        QTest::newRow("ambiguous outcome")
            << QByteArray("O2,2026-01-05,3\n")
            << "m.csv:1: expected an outcome with one metric, found outcome \"O2\" with 2 metrics "
               "(\"Monthly active users\", \"Seats used\"); name the metric instead";
        QTest::newRow("outcome without metric")
            << QByteArray("outcome,date,value\nO3,2026-01-05,3\n")
            << "m.csv:2: expected an outcome with a metric, found outcome \"O3\" without one";
        QTest::newRow("slashed date") << QByteArray(
            "O1,2026/01/05,3\n") << "m.csv:1: expected a date as YYYY-MM-DD, found \"2026/01/05\"";
        QTest::newRow("impossible date") << QByteArray(
            "O1,2026-02-30,3\n") << "m.csv:1: expected a date as YYYY-MM-DD, found \"2026-02-30\"";
        QTest::newRow("decimal comma")
            << QByteArray("O1,2026-01-05,\"4,5\"\n")
            << "m.csv:1: expected a number such as 42 or -3.5, found \"4,5\"";
        QTest::newRow("unit") << QByteArray("O1,2026-01-05,30 min\n")
                              << "m.csv:1: expected a number such as 42 or -3.5, found \"30 min\"";
        QTest::newRow("no value") << QByteArray("O1,2026-01-05,\n")
                                  << "m.csv:1: expected a number such as 42 or -3.5, found nothing";
        QTest::newRow("five fields")
            << QByteArray("O1,2026-01-05,3,note,extra\n")
            << "m.csv:1: expected 3 or 4 fields (metric or outcome, date, value, note), found 5";
        QTest::newRow("two fields")
            << QByteArray("O1,2026-01-05,3\r\nO1,2026-01-06\r\n")
            << "m.csv:2: expected 3 or 4 fields (metric or outcome, date, value, note), found 2";
        QTest::newRow("unclosed quote")
            << QByteArray("metric,date,value\nO1,2026-01-05,3,\"note\nmore\n")
            << "m.csv:2: expected a closing double quote for the field that starts on this line, "
               "found the end of the file";
        QTest::newRow("text after quote") << QByteArray("O1,\"2026-01-05\"x,3\n")
                                          << "m.csv:1: expected a comma or the end of the line "
                                             "after a closing double quote, found \"x\"";
        QTest::newRow("stray quote")
            << QByteArray("O1,2026-01-05,3\nO1,20\"26-01-05,3\n")
            << "m.csv:2: expected double quotes only around a whole field, found \"20\"\"";
        QTest::newRow("bad header") << QByteArray("metric,value,date\nO1,2026-01-05,3\n")
                                    << "m.csv:1: expected the header \"metric,date,value,note\" or "
                                       "\"outcome,date,value,note\", found \"metric,value,date\"";
        QTest::newRow("duplicate in file")
            << QByteArray("O1,2026-01-05,3\nO1,2026-01-06,3\nreport generation time,2026-01-05,4\n")
            << "m.csv:3: expected one measurement per metric and date, found a second one for "
               "\"Report generation time\" on 2026-01-05 (the first is on line 1)";
        QTest::newRow("already in plan")
            << QByteArray("O1,2026-01-01,3\n")
            << "m.csv:1: expected a new measurement, found one the plan already has for \"Report "
               "generation time\" on 2026-01-01";
        QTest::newRow("line after multi-line note")
            << QByteArray("O1,2026-01-05,3,\"a\nb\"\nO1,2026-01-06,x\n")
            << "m.csv:3: expected a number such as 42 or -3.5, found \"x\"";
        QTest::newRow("two errors on a line")
            << QByteArray("O1,5 Jan,many\n")
            << "m.csv:1: expected a date as YYYY-MM-DD, found \"5 Jan\"\n"
               "m.csv:1: expected a number such as 42 or -3.5, found \"many\"";
        QTest::newRow("not UTF-8")
            << QByteArray("O1,2026-01-05,3\nO1,2026-01-06,4\nO1,2026-01-07,5,caf\xE9\n")
            << "m.csv:3: expected UTF-8 text, found bytes that are not UTF-8";
        QTest::newRow("empty file")
            << QByteArray("\r\n\n") << "m.csv: expected at least one measurement, found none";
        QTest::newRow("header only") << QByteArray("metric,date,value,note\r\n")
                                     << "m.csv: expected at least one measurement, found none";
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const auto rows = CsvMeasurementImporter::importCsv(samplePlan(), csv, kFile);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error(), error);
    }

    void refusesTooLargeInput()
    {
        const QByteArray big(CsvMeasurementImporter::maxBytes + 1, 'x');
        const auto rows = CsvMeasurementImporter::importCsv(samplePlan(), big, kFile);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error(),
            QStringLiteral(
                "m.csv: expected at most 16777216 bytes (16 MiB), found 16777217 bytes"));
    }

    void refusesTooManyRows()
    {
        QByteArray csv = "metric,date,value\n";
        const QDate start(1970, 1, 1); // 10001 days end before the plan's reading
        for (int i = 0; i <= CsvMeasurementImporter::maxRows; ++i)
            csv += "O1," + start.addDays(i).toString(Qt::ISODate).toLatin1() + ",1\n";
        const auto rows = CsvMeasurementImporter::importCsv(samplePlan(), csv, kFile);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error(),
            QStringLiteral("m.csv:10002: expected at most 10000 measurements, found more"));
        csv.truncate(csv.lastIndexOf("O1,"));
        const auto most = CsvMeasurementImporter::importCsv(samplePlan(), csv, kFile);
        QVERIFY2(most.ok(), qPrintable(most.error()));
        QCOMPARE(most->size(), std::size_t(CsvMeasurementImporter::maxRows));
    }

    void stopsAfterManyErrors()
    {
        QByteArray csv;
        for (int i = 0; i < 200; ++i)
            csv += "Nope,2026-01-05,1\n";
        const auto rows = CsvMeasurementImporter::importCsv(samplePlan(), csv, kFile);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().count(u'\n') + 1, CsvMeasurementImporter::maxErrors);
    }
};

QTEST_GUILESS_MAIN(TestCsvMeasurementImporter)
#include "tst_csvmeasurementimporter.moc"
