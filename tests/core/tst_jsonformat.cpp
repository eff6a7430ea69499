// SPDX-License-Identifier: GPL-3.0-or-later
#include "iofullplan.h"
#include "iotestsupport.h"

#include "io/planio.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

const QString kFile = QStringLiteral("bad.json");

Plan fromYaml(const QByteArray &yaml)
{
    auto plan = importPlanYaml(yaml, QStringLiteral("test.yaml"));
    if (!plan.ok())
        qFatal("%s", qPrintable(plan.error()));
    return plan.value();
}

} // namespace

class TestJsonFormat : public QObject {
    Q_OBJECT

private slots:
    void jsonIsTheSameTreeAsYaml_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::newRow("acme") << test::dataFile("acme-corp.yaml")
                + test::dataFile("qbr-agenda.yaml");
        QTest::newRow("every field") << exportPlanYaml(test::fullPlan());
    }

    void jsonIsTheSameTreeAsYaml()
    {
        QFETCH(QByteArray, source);
        const Plan plan = fromYaml(source);
        const QByteArray yaml = exportPlanYaml(plan);
        const QByteArray json = exportPlanJson(plan);
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(json, &error).isObject());
        // JSON is YAML too: the two exports must hold the same keys and values.
        QStringList problems = test::differences(yaml, json) + test::differences(json, yaml);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const auto back = importPlanJson(json, QStringLiteral("plan.json"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        problems = test::planDifferences(plan, back.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void typedJsonValuesAreAccepted()
    {
        const QByteArray json = "{\"plan\": {\"scope_months\": 6, \"nps\": \"41\", "
                                "\"upgrade_percent\": 12.5, \"qbr_minutes\": 5},"
                                "\"qbr\": {\"duration\": 90, \"agenda\": [{\"topic\": \"Intro\", "
                                "\"duration\": \"15 min\"}]},"
                                "\"customer\": {\"company\": 3, \"contract\": {\"seats\": 250, "
                                "\"arr\": \"EUR 1,200\"}},"
                                "\"leading_indicators\": [{\"text\": \"x\", \"met\": true}]}";
        ImportReport report;
        const auto plan = importPlanJson(json, kFile, &report);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->header.scopeMonths, 6);
        QCOMPARE(plan->header.nps, std::optional<int>(41));
        QCOMPARE(plan->header.upgradePercent, std::optional<double>(12.5));
        QCOMPARE(plan->header.qbrMinutes, 90);
        QCOMPARE(plan->agendaItems.at(0).minutes, 15);
        QCOMPARE(plan->account.company, QStringLiteral("3"));
        QCOMPARE(plan->account.seats, std::optional<int>(250));
        QCOMPARE(plan->account.arr, (Money {120000, QStringLiteral("EUR")}));
        QVERIFY(plan->leadingIndicators.at(0).met);
        QCOMPARE(report.warnings.size(), std::size_t(1)); // qbr_minutes belongs under qbr
        QCOMPARE(report.warnings[0].toString(),
            QStringLiteral(
                "bad.json:1:83: unknown key \"qbr_minutes\" ignored (at plan.qbr_minutes)"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("trailing comma")
            << QByteArray("{\n  \"plan\": {\n    \"status\": \"active\",\n  }\n}\n")
            << QStringLiteral("bad.json:4:4: expected well-formed JSON, found a syntax error "
                              "(object is missing after a comma)");
        QTest::newRow("unterminated")
            << QByteArray("{\"plan\": {\"version\": \"1.0\"}")
            << QStringLiteral("bad.json:1:28: expected well-formed JSON, found a syntax error "
                              "(unterminated object)");
        QTest::newRow("missing colon")
            << QByteArray("{\n  \"plan\" {}\n}")
            << QStringLiteral("bad.json:2:11: expected well-formed JSON, found a syntax error "
                              "(missing name separator)");
        QTest::newRow("column counts characters")
            << QByteArray("{\"customer\": {\"company\": \"Ünïcødé\" \"x\"}}")
            << QStringLiteral("bad.json:1:37: expected well-formed JSON, found a syntax error "
                              "(unterminated object)");
        QTest::newRow("top level list")
            << QByteArray("[1, 2]")
            << QStringLiteral("bad.json:1:1: expected a map of plan sections, found a list");
        QTest::newRow("wrong type")
            << QByteArray("{\"customer\": {\"company\": [\"Acme\"]}}")
            << QStringLiteral("bad.json:1:26: expected text, found a list (at customer.company)");
        QTest::newRow("impossible date")
            << QByteArray("{\"plan\": {\"created\": \"2026-02-30\"}}")
            << QStringLiteral("bad.json:1:22: expected a date in the form YYYY-MM-DD, found "
                              "\"2026-02-30\" (at plan.created)");
        QTest::newRow("number as date")
            << QByteArray("{\"plan\": {\"next_review\": 20260501}}")
            << QStringLiteral(
                   "bad.json:1:26: expected a date in the form YYYY-MM-DD, found the number "
                   "20260501 (at plan.next_review)");
        QTest::newRow("fraction as integer")
            << QByteArray("{\"plan\": {\"scope_months\": 2.5}}")
            << QStringLiteral("bad.json:1:27: expected a whole number, found the number 2.5 (at "
                              "plan.scope_months)");
        QTest::newRow("boolean as enum")
            << QByteArray("{\"outcomes\": [{\"id\": \"O1\", \"status\": true}]}")
            << QStringLiteral("bad.json:1:38: expected one of not_started, in_progress, at_risk, "
                              "achieved, missed, "
                              "cancelled, found the boolean true (at outcomes[0].status)");
        QTest::newRow("duplicate risk code")
            << QByteArray("{\"risks\": [{\"id\": \"R1\"}, {\"id\": \"R1\"}]}")
            << QStringLiteral(
                   "bad.json:1:33: expected a unique id, found \"R1\" again (at risks[1].id)");
        QTest::newRow("unknown persona")
            << QByteArray("{\"use_cases\": [{\"name\": \"Reports\", \"persona\": \"Analyst\"}]}")
            << QStringLiteral(
                   "bad.json:1:47: expected the name of a row in personas (or #position), "
                   "found \"Analyst\" (at use_cases[0].persona)");
        QTest::newRow("position out of range")
            << QByteArray(
                   "{\"phases\": [{\"name\": \"A\"}], \"milestones\": [{\"phase\": \"#2\"}]}")
            << QStringLiteral("bad.json:1:54: expected the name of a row in phases (or #position), "
                              "found \"#2\" (at milestones[0].phase)");
        QTest::newRow("deep nesting")
            << QByteArray(1000, '[') + QByteArray(1000, ']')
            << QStringLiteral(
                   "bad.json: expected at most 64 levels of nesting, found deeper nesting");
        QTest::newRow("too many values") << "[" + QByteArray("0,").repeated(300000)
                + "0]" << QStringLiteral("bad.json: expected at most 200000 values, found more");
        QTest::newRow("oversized")
            << QByteArray(17 * 1024 * 1024, ' ')
            << QStringLiteral(
                   "bad.json: expected at most 16777216 bytes (16 MiB), found 17825792 bytes");
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QElapsedTimer timer;
        timer.start();
        ImportReport report;
        const auto plan = importPlanJson(json, kFile, &report);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().section(u'\n', 0, 0), error);
        QCOMPARE(report.errors.front().toString(), error);
        QVERIFY(timer.elapsed() < 5000);
    }

    void importFileChoosesTheFormatByExtension()
    {
        QTemporaryDir dir;
        const Plan plan = fromYaml(test::dataFile("acme-corp.yaml"));
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
                qFatal("cannot write %s", qPrintable(name));
            return file.fileName();
        };
        const auto json = importPlanFile(write(u"plan.JSON"_qs, exportPlanJson(plan)));
        QVERIFY2(json.ok(), qPrintable(json.error()));
        QVERIFY(test::planDifferences(plan, json.value()).isEmpty());
        const auto yml = importPlanFile(write(u"plan.yml"_qs, exportPlanYaml(plan)));
        QVERIFY2(yml.ok(), qPrintable(yml.error()));
        const QString txt = write(u"plan.txt"_qs, "plan: {}");
        ImportReport report;
        const auto refused = importPlanFile(txt, &report);
        QCOMPARE(refused.error(),
            txt + u": expected a .yaml, .yml or .json file, found \"plan.txt\""_qs);
        QCOMPARE(report.errors.size(), std::size_t(1));
        const auto missing = importPlanFile(dir.filePath(u"missing.yaml"_qs));
        QVERIFY(
            missing.error().contains(u"missing.yaml: expected a readable file, found an error ("));
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
