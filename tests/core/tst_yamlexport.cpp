// SPDX-License-Identifier: GPL-3.0-or-later
#include "iofullplan.h"
#include "iotestsupport.h"

#include "io/planio.h"

#include <QTest>

using namespace accord;

namespace {

Plan imported(const QByteArray &yaml)
{
    auto plan = importPlanYaml(yaml, QStringLiteral("test.yaml"));
    if (!plan.ok())
        qFatal("%s", qPrintable(plan.error()));
    return plan.value();
}

QStringList keysOf(const YAML::Node &map)
{
    QStringList keys;
    for (const auto &kv : map)
        keys << QString::fromStdString(kv.first.as<std::string>());
    return keys;
}

} // namespace

class TestYamlExport : public QObject {
    Q_OBJECT

private slots:
    void keysFollowTheSeed()
    {
        const QByteArray yaml = exportPlanYaml(imported(test::dataFile("acme-corp.yaml")));
        const YAML::Node root = test::parseYaml(yaml);
        QCOMPARE(keysOf(root).mid(0, 7),
            (QStringList {u"plan"_qs, u"customer"_qs, u"stakeholders"_qs, u"outcomes"_qs,
                u"risks"_qs, u"review_history"_qs, u"qbr"_qs}));
        QCOMPARE(keysOf(root["plan"]).mid(0, 5),
            (QStringList {u"version"_qs, u"created"_qs, u"last_reviewed"_qs, u"next_review"_qs,
                u"status"_qs}));
        QCOMPARE(keysOf(root["customer"]).mid(0, 4),
            (QStringList {u"company"_qs, u"industry"_qs, u"segment"_qs, u"contract"_qs}));
        QCOMPARE(keysOf(root["outcomes"][0]).mid(0, 7),
            (QStringList {u"id"_qs, u"description"_qs, u"business_value"_qs, u"baseline"_qs,
                u"target"_qs, u"status"_qs, u"milestones"_qs}));
        QCOMPARE(keysOf(root["outcomes"][0]["baseline"]),
            (QStringList {
                u"metric"_qs, u"current"_qs, u"measured_on"_qs, u"value"_qs, u"unit"_qs}));
        QCOMPARE(keysOf(root["outcomes"][0]["milestones"][2]),
            (QStringList {u"name"_qs, u"target_date"_qs, u"actual_date"_qs, u"status"_qs,
                u"owner"_qs, u"blockers"_qs}));
        QCOMPARE(keysOf(root["risks"][0]),
            (QStringList {u"id"_qs, u"description"_qs, u"impact"_qs, u"likelihood"_qs,
                u"mitigation"_qs, u"status"_qs, u"owner"_qs}));
    }

    void styleFollowsTheSeed()
    {
        const QString yaml
            = QString::fromUtf8(exportPlanYaml(imported(test::dataFile("acme-corp.yaml"))));
        QVERIFY(yaml.startsWith(
            u"# Customer Success Plan\nplan:\n  version: \"1.0\"\n  created: \"2026-02-01\"\n"));
        QVERIFY(yaml.contains(u"\n  status: active\n"));
        QVERIFY(yaml.contains(u"\n\ncustomer:\n  company: \"Acme Corp\"\n  industry: \"Financial "
                              u"Services\"\n  segment: enterprise\n"));
        QVERIFY(yaml.contains(u"    arr: \"$150,000\"\n"));
        QVERIFY(yaml.contains(u"    arr_amount: \"USD 150000.00\"\n"));
        QVERIFY(yaml.contains(u"      type: executive_sponsor\n"));
        QVERIFY(yaml.contains(
            u"  - id: O1\n    description: |\n      Reduce monthly report generation time from 4 "
            u"hours to 30 minutes by automating the three core operational reports.\n"));
        QVERIFY(yaml.contains(
            u"      current: \"4 hours per report\"\n      measured_on: \"2025-08-15\"\n      "
            u"value: 240\n      unit: \"minutes per report\"\n"));
        QVERIFY(yaml.contains(u"        actual_date: null\n"));
        QVERIFY(
            yaml.contains(u"    attendees: [\"Sarah Chen\", \"Mike Torres\", \"Jane Smith\"]\n"));
        QVERIFY(yaml.contains(u"    plan_changes: none\n"));
        QVERIFY(yaml.contains(u"  duration: 60 minutes\n"));
        QVERIFY(yaml.endsWith(u"\n") && !yaml.endsWith(u"\n\n"));
    }

    void yamlToJsonToYamlIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::newRow("acme") << test::dataFile("acme-corp.yaml");
        QTest::newRow("acme and qbr")
            << test::dataFile("acme-corp.yaml") + test::dataFile("qbr-agenda.yaml");
        QTest::newRow("every field") << exportPlanYaml(test::fullPlan());
    }

    void yamlToJsonToYamlIsByteIdentical()
    {
        QFETCH(QByteArray, source);
        const QByteArray first = exportPlanYaml(imported(source));
        const auto viaJson
            = importPlanJson(exportPlanJson(imported(source)), QStringLiteral("test.json"));
        QVERIFY2(viaJson.ok(), qPrintable(viaJson.error()));
        QCOMPARE(exportPlanYaml(viaJson.value()), first);
        QCOMPARE(exportPlanYaml(imported(first)), first);
    }

    void everyFieldOfEveryTableSurvives_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("yaml") << false;
        QTest::newRow("json") << true;
    }

    void everyFieldOfEveryTableSurvives()
    {
        QFETCH(bool, json);
        const Plan plan = test::fullPlan();
        for (const PlanTable *t : planTables()) // the sample really fills every table
            QVERIFY2(t->rowCount(plan) == (t->isCollection() ? 3 : 1), qPrintable(t->name()));
        ImportReport report;
        const auto back = json
            ? importPlanJson(exportPlanJson(plan), QStringLiteral("all.json"), &report)
            : importPlanYaml(exportPlanYaml(plan), QStringLiteral("all.yaml"), &report);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(report.warnings.empty());
        const QStringList differences = test::planDifferences(plan, back.value());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void defaultsAndEmptyValuesSurvive()
    {
        Plan plan;
        QVERIFY(test::planDifferences(plan, imported(exportPlanYaml(plan))).isEmpty());

        plan.header.ownership.clear(); // empty where the default is not
        Metric metric; // a text that reads as a number, with the number deliberately unset
        metric.id = MetricId(1);
        metric.baselineText = QStringLiteral("4 hours");
        plan.metrics.push_back(metric);
        Review review;
        review.id = ReviewId(1);
        review.planChanges = QStringList {QStringLiteral("none")}; // the word, not the marker
        plan.reviews.push_back(review);
        for (const Money &money : {Money {123, QStringLiteral("EUR")},
                 Money {qint64(1) << 60, QStringLiteral("USD")}, Money {7, QString()}}) {
            RoiLine line; // amounts that the "USD 1.23" form cannot hold are written as a map
            line.id = RowId(qint64(plan.roiLines.size()) + 1);
            line.annualValue = money;
            plan.roiLines.push_back(line);
        }
        const Plan back = imported(exportPlanYaml(plan));
        const QStringList differences = test::planDifferences(plan, back);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    // Values the editor refuses (written by an older version, say) are exported as
    // they are, and refused when the file is read back, each at its place.
    void valuesTheEditorRefusesAreRefusedOnImport()
    {
        Plan plan;
        plan.header.scopeMonths = 0;
        for (const Money &money : {Money {-5, QStringLiteral("USD")}, Money {123, u"eur"_qs}}) {
            RoiLine line;
            line.id = RowId(qint64(plan.roiLines.size()) + 1);
            line.annualValue = money;
            plan.roiLines.push_back(line);
        }
        Phase phase;
        phase.id = PhaseId(1);
        phase.name = u"bell\x07"_qs;
        plan.phases.push_back(phase);
        ImportReport report;
        QVERIFY(!importPlanYaml(exportPlanYaml(plan), u"t.yaml"_qs, &report));
        QStringList paths;
        for (const Diagnostic &d : report.errors) {
            QVERIFY2(d.pos.isValid(), qPrintable(d.toString()));
            paths << d.path;
        }
        paths.sort();
        QCOMPARE(paths,
            (QStringList {u"phases[0].name"_qs, u"plan.scope_months"_qs,
                u"roi_lines[0].annual_value"_qs, u"roi_lines[1].annual_value"_qs}));
    }

    void textThatLooksLikeOtherThingsStaysText()
    {
        Plan plan;
        const QStringList texts {u"true"_qs, u"null"_qs, u"~"_qs, u"1.0"_qs, u"0x1F"_qs,
            u"2026-01-01"_qs, u"yes"_qs, u" leading space"_qs, u"trailing newlines\n\n"_qs,
            u"#5"_qs, u"a: b"_qs, u"- item"_qs, u"'quoted'"_qs, u"tab\there"_qs, u"Ünïcødé ✓ 😀"_qs,
            u"line\nbreaks"_qs, u"\u2028separator"_qs};
        for (int i = 0; i < int(texts.size()); ++i) {
            Phase phase;
            phase.id = PhaseId(i + 1);
            phase.name = texts[i];
            phase.deliverable = texts[i];
            phase.activities = texts;
            plan.phases.push_back(phase);
            GlossaryEntry entry;
            entry.id = RowId(i + 1);
            entry.term = texts[i];
            plan.glossary.push_back(entry);
        }
        plan.account.overview = u"Paragraph one.\n\nParagraph two.\n"_qs;
        plan.account.businessCase = u"  indented first line\nand more\n"_qs;
        for (const bool json : {false, true}) {
            const auto back = json ? importPlanJson(exportPlanJson(plan), u"t.json"_qs)
                                   : importPlanYaml(exportPlanYaml(plan), u"t.yaml"_qs);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            const QStringList differences = test::planDifferences(plan, back.value());
            QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        }
    }

    void ambiguousReferencesArePositional()
    {
        Plan plan;
        for (int i = 1; i <= 2; ++i) {
            Phase phase;
            phase.id = PhaseId(i);
            phase.name = QStringLiteral("Adoption");
            plan.phases.push_back(phase);
        }
        Milestone milestone;
        milestone.id = RowId(1);
        milestone.phase = PhaseId(2);
        plan.milestones.push_back(milestone);
        const QByteArray yaml = exportPlanYaml(plan);
        QVERIFY(yaml.contains("    phase: \"#2\"\n"));
        QCOMPARE(imported(yaml).milestones[0].phase, PhaseId(2));
    }
};

QTEST_GUILESS_MAIN(TestYamlExport)
#include "tst_yamlexport.moc"
