// SPDX-License-Identifier: GPL-3.0-or-later
#include "iotestsupport.h"

#include "io/planio.h"

#include <QElapsedTimer>
#include <QTest>

using namespace accord;

namespace {

const QString kFile = QStringLiteral("bad.yaml");

QByteArray lines(std::initializer_list<const char *> list)
{
    QByteArray text;
    for (const char *line : list)
        text += QByteArray(line) + '\n';
    return text;
}

} // namespace

class TestYamlImport : public QObject {
    Q_OBJECT

private slots:
    void importsTheAcmeExample()
    {
        ImportReport report;
        const auto plan = importPlanYaml(
            test::dataFile("acme-corp.yaml"), QStringLiteral("acme-corp.yaml"), &report);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(report.warnings.empty());
        const Plan &p = plan.value();
        QCOMPARE(p.header.version, QStringLiteral("1.0"));
        QCOMPARE(p.header.status, PlanStatus::Active);
        QCOMPARE(p.header.nextReview, QDate(2026, 5, 1));
        QCOMPARE(p.account.company, QStringLiteral("Acme Corp"));
        QCOMPARE(p.account.segment, QStringLiteral("enterprise"));
        QCOMPARE(p.account.product, QStringLiteral("Enterprise"));
        QCOMPARE(p.account.arrText, QStringLiteral("$150,000"));
        QCOMPARE(p.account.arr, (Money {15000000, QStringLiteral("USD")}));
        QCOMPARE(p.stakeholders.size(), std::size_t(5));
        QCOMPARE(p.stakeholders[2].title, QStringLiteral("IT Director"));
        QCOMPARE(p.stakeholders[2].engagement, QStringLiteral("moderate"));
        QCOMPARE(p.stakeholders[3].side, Side::Vendor);
        QCOMPARE(p.stakeholders[3].type, QStringLiteral("primary_owner"));

        QCOMPARE(p.outcomes.size(), std::size_t(2));
        QCOMPARE(p.outcomes[0].code, QStringLiteral("O1"));
        QVERIFY(p.outcomes[0].description.startsWith(u"Reduce monthly report generation time"));
        QVERIFY(p.outcomes[0].description.endsWith(u"reports.\n")); // a folded scalar, exactly
        QCOMPARE(p.outcomes[1].status, OutcomeStatus::InProgress);

        QCOMPARE(p.metrics.size(), std::size_t(2));
        const Metric &time = p.metrics[0];
        QCOMPARE(time.outcome, p.outcomes[0].id);
        QCOMPARE(time.name, QStringLiteral("Report generation time"));
        QCOMPARE(time.baselineText, QStringLiteral("4 hours per report"));
        QCOMPARE(time.targetText, QStringLiteral("30 minutes per report"));
        QCOMPARE(time.baselineValue, std::optional<double>(240));
        QCOMPARE(time.targetValue, std::optional<double>(30));
        QCOMPARE(time.unit, QStringLiteral("minutes per report"));
        QCOMPARE(time.direction, Direction::Decrease); // from the numbers, as the file states none
        QCOMPARE(time.baselineDate, QDate(2025, 8, 15));
        QCOMPARE(time.targetDate, QDate(2026, 4, 1));
        const Metric &users = p.metrics[1];
        QCOMPARE(users.baselineText, QStringLiteral("8 of 25 (32%)"));
        QCOMPARE(users.baselineValue, std::optional<double>(32));
        QCOMPARE(users.targetValue, std::optional<double>(80));
        QCOMPARE(users.unit, QStringLiteral("%"));
        QCOMPARE(users.direction, Direction::Increase);

        QCOMPARE(p.milestones.size(), std::size_t(7));
        QCOMPARE(p.milestones[2].outcome, p.outcomes[0].id);
        QCOMPARE(p.milestones[2].blockers,
            QStringList {QStringLiteral("Requires API access approval from IT security")});
        QVERIFY(!p.milestones[2].actualDate.isValid());
        QCOMPARE(p.milestones[6].outcome, p.outcomes[1].id);
        QCOMPARE(p.milestones[6].status, TaskStatus::InProgress);

        QCOMPARE(p.risks.size(), std::size_t(2));
        QCOMPARE(p.risks[0].impact, Level::High);
        QCOMPARE(p.risks[1].likelihood, Level::High);
        QCOMPARE(p.risks[1].status, RiskStatus::Mitigated);

        QCOMPARE(p.reviews.size(), std::size_t(2));
        QCOMPARE(p.reviews[0].attendees.size(), 3);
        QVERIFY(p.reviews[0].planChanges.isEmpty()); // "plan_changes: none"
        QCOMPARE(p.reviews[1].planChanges.size(), 1);
    }

    void exportKeepsEveryKeyAndValueOfTheSeed()
    {
        const QByteArray original = test::dataFile("acme-corp.yaml");
        const auto plan = importPlanYaml(original, QStringLiteral("acme-corp.yaml"));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        const QByteArray exported = exportPlanYaml(plan.value());
        const QStringList problems = test::differences(original, exported);
        QVERIFY2(problems.isEmpty(),
            qPrintable(problems.join(u'\n') + u'\n' + QString::fromUtf8(exported)));
    }

    void qbrAgendaImportsAloneAndMerged()
    {
        const QByteArray qbr = test::dataFile("qbr-agenda.yaml");
        const auto alone = importPlanYaml(qbr, QStringLiteral("qbr-agenda.yaml"));
        QVERIFY2(alone.ok(), qPrintable(alone.error()));
        QCOMPARE(alone->agendaItems.size(), std::size_t(5));
        QCOMPARE(alone->agendaItems[0].minutes, 20);
        QCOMPARE(alone->header.qbrMinutes, 60);
        QCOMPARE(alone->header.qbrVendorAttendees,
            (QStringList {QStringLiteral("csm"), QStringLiteral("account_executive")}));
        QStringList problems = test::differences(qbr, exportPlanYaml(alone.value()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // The agenda template is a top-level "qbr:" section, so a plan file and the
        // template concatenated are one plan.
        const QByteArray merged = test::dataFile("acme-corp.yaml") + '\n' + qbr;
        const auto plan = importPlanYaml(merged, QStringLiteral("merged.yaml"));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        const QByteArray exported = exportPlanYaml(plan.value());
        problems = test::differences(test::dataFile("acme-corp.yaml"), exported)
            + test::differences(qbr, exported);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void quantitiesComeFromTheFileWhenGiven()
    {
        const QByteArray text
            = lines({"outcomes:", "  - id: O1", "    baseline:", "      current: \"4 hours\"",
                "      value: null", "    target:", "      goal: \"2 hours\""});
        const auto plan = importPlanYaml(text, kFile);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->metrics.size(), std::size_t(1));
        QVERIFY(!plan->metrics[0].baselineValue); // stated as null: not extracted
        QVERIFY(!plan->metrics[0].targetValue);
        QCOMPARE(plan->metrics[0].unit, QString());
    }

    void synonymsOfClosedVocabulariesAreAccepted()
    {
        const QByteArray text = lines({"plan:", "  status: On Track", "risks:", "  - id: R1",
            "    likelihood: Med", "    impact: very-high", "    status: resolved",
            "stakeholders:", "  client:", "    - name: Ann", "      type: anything goes",
            "      engagement: sporadic"});
        const auto plan = importPlanYaml(text, kFile);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->header.status, PlanStatus::Active);
        QCOMPARE(plan->risks[0].likelihood, Level::Medium);
        QCOMPARE(plan->risks[0].impact, Level::Critical);
        QCOMPARE(plan->risks[0].status, RiskStatus::Mitigated);
        QCOMPARE(plan->stakeholders[0].side, Side::Customer);
        QCOMPARE(plan->stakeholders[0].type, QStringLiteral("anything goes"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("malformed") << lines({"plan:", "  status: active: yes"})
                                   << QStringLiteral("bad.yaml:2:17: expected well-formed YAML, "
                                                     "found a syntax error (illegal map value)");
        QTest::newRow("bad indentation")
            << lines({"plan:", "  - a", "  b: c"})
            << QStringLiteral("bad.yaml:3:3: expected well-formed YAML, found a syntax error (end "
                              "of map not found)");
        QTest::newRow("unclosed list")
            << QByteArray("[[[")
            << QStringLiteral("bad.yaml:1:1: expected well-formed YAML, found a syntax error (end "
                              "of sequence flow not found)");
        QTest::newRow("unclosed flow")
            << lines({"plan: {version: 1", "risks: []"})
            << QStringLiteral("bad.yaml:2:6: expected well-formed YAML, found a syntax error (end "
                              "of map flow not found)");
        QTest::newRow("wrong type")
            << lines({"customer:", "  company:", "    name: Acme"})
            << QStringLiteral("bad.yaml:3:5: expected text, found a map (at customer.company)");
        QTest::newRow("impossible date")
            << lines({"plan:", "  created: \"2026-02-30\""})
            << QStringLiteral("bad.yaml:2:12: expected a date in the form YYYY-MM-DD, found "
                              "\"2026-02-30\" (at plan.created)");
        QTest::newRow("not a date")
            << lines({"outcomes:", "  - id: O1", "    milestones:", "      - name: M",
                   "        target_date: next week"})
            << QStringLiteral("bad.yaml:5:22: expected a date in the form YYYY-MM-DD, found \"next "
                              "week\" (at outcomes[0].milestones[0].target_date)");
        QTest::newRow("unknown plan status")
            << lines({"plan:", "  status: sleeping"})
            << QStringLiteral("bad.yaml:2:11: expected one of draft, active, at_risk, completed, "
                              "archived, found \"sleeping\" (at plan.status)");
        QTest::newRow("unknown likelihood")
            << lines({"risks:", "  - id: R1", "    likelihood: extreme"})
            << QStringLiteral("bad.yaml:3:17: expected one of low, medium, high, critical, found "
                              "\"extreme\" (at risks[0].likelihood)");
        QTest::newRow("unknown milestone status")
            << lines({"milestones:", "  - name: M", "    status: [done]"})
            << QStringLiteral("bad.yaml:3:13: expected one of pending, in_progress, complete, "
                              "blocked, skipped, found a list (at milestones[0].status)");
        QTest::newRow("not a whole number")
            << lines({"plan:", "  scope_months: twelve"})
            << QStringLiteral("bad.yaml:2:17: expected a whole number, found \"twelve\" (at "
                              "plan.scope_months)");
        QTest::newRow("not a boolean")
            << lines({"leading_indicators:", "  - text: X", "    met: maybe"})
            << QStringLiteral("bad.yaml:3:10: expected true or false, found \"maybe\" (at "
                              "leading_indicators[0].met)");
        QTest::newRow("not an amount")
            << lines({"roi_lines:", "  - annual_value: lots"})
            << QStringLiteral("bad.yaml:2:19: expected an amount such as \"$150,000\" or \"EUR "
                              "1200.00\", found \"lots\" (at roi_lines[0].annual_value)");
        QTest::newRow("not a list of texts")
            << lines({"review_history:", "  - decisions:", "      a: b"})
            << QStringLiteral("bad.yaml:3:7: expected a list of texts, found a map (at "
                              "review_history[0].decisions)");
        QTest::newRow("bad duration")
            << lines({"qbr:", "  agenda:", "    - topic: Intro", "      duration: soon"})
            << QStringLiteral("bad.yaml:4:17: expected a duration such as \"20 min\", found "
                              "\"soon\" (at qbr.agenda[0].duration)");
        QTest::newRow("unknown side")
            << lines({"stakeholders:", "  partner:", "    - name: X"})
            << QStringLiteral("bad.yaml:2:3: expected one of customer, vendor, found \"partner\" "
                              "(at stakeholders.partner)");
        QTest::newRow("list expected")
            << lines({"risks:", "  id: R1"})
            << QStringLiteral("bad.yaml:2:3: expected a list, found a map (at risks)");
        QTest::newRow("map expected")
            << lines({"risks:", "  - R1"})
            << QStringLiteral("bad.yaml:2:5: expected a map, found \"R1\" (at risks[0])");
        QTest::newRow("record expected")
            << lines({"plan: draft"})
            << QStringLiteral("bad.yaml:1:7: expected a map, found \"draft\" (at plan)");
        QTest::newRow("top level list")
            << lines({"- plan", "- customer"})
            << QStringLiteral("bad.yaml:1:1: expected a map of plan sections, found a list");
        QTest::newRow("top level text")
            << lines({"just some words"})
            << QStringLiteral(
                   "bad.yaml:1:1: expected a map of plan sections, found \"just some words\"");
        QTest::newRow("empty document")
            << QByteArray("# nothing here\n")
            << QStringLiteral("bad.yaml: expected a map of plan sections, found an empty document");
        QTest::newRow("two documents")
            << lines({"plan: {}", "---", "risks: []"})
            << QStringLiteral("bad.yaml:2:1: expected a single YAML document, found a second one");
        QTest::newRow("duplicate key")
            << lines({"plan:", "  status: active", "  status: draft"})
            << QStringLiteral(
                   "bad.yaml:3:3: expected each key once in a map, found \"status\" again");
        QTest::newRow("complex key")
            << lines({"? [a, b]", ": c"})
            << QStringLiteral("bad.yaml:1:3: expected a key name, found a list");
        QTest::newRow("duplicate outcome code")
            << lines({"outcomes:", "  - id: O1", "  - id: O1"})
            << QStringLiteral(
                   "bad.yaml:3:9: expected a unique id, found \"O1\" again (at outcomes[1].id)");
        QTest::newRow("unknown phase")
            << lines({"phases:", "  - name: Kickoff", "milestones:", "  - name: Go live",
                   "    phase: Launch"})
            << QStringLiteral("bad.yaml:5:12: expected the name of a row in phases (or #position), "
                              "found \"Launch\" (at milestones[0].phase)");
        QTest::newRow("ambiguous phase")
            << lines({"phases:", "  - name: Kickoff", "  - name: Kickoff",
                   "milestones:", "  - name: Go live", "    phase: Kickoff"})
            << QStringLiteral(
                   "bad.yaml:6:12: expected the name of exactly one row in phases (or #position), "
                   "found \"Kickoff\", which 2 rows share (at milestones[0].phase)");
        QTest::newRow("unknown review")
            << lines({"metrics:", "  - name: NPS",
                   "    measurements:", "      - date: \"2026-01-05\"", "        value: 41",
                   "        review: \"2026-01-01\""})
            << QStringLiteral(
                   "bad.yaml:6:17: expected the date of a row in review_history (or #position), "
                   "found \"2026-01-01\" (at metrics[0].measurements[0].review)");
        QTest::newRow("self alias")
            << lines({"plan: &p {notes: *p}"})
            << QStringLiteral("bad.yaml:1:18: expected an alias of a complete value, found an "
                              "alias inside the value it names");
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

    void manyErrorsAreAllReported()
    {
        const QByteArray text = lines(
            {"plan:", "  status: sleeping", "  created: yesterday", "risks:", "  - impact: huge"});
        ImportReport report;
        const auto plan = importPlanYaml(text, kFile, &report);
        QVERIFY(!plan.ok());
        QCOMPARE(report.errors.size(), std::size_t(3));
        QCOMPARE(plan.error().count(u'\n'), 2);
        QVERIFY(report.errors[2].toString().startsWith(u"bad.yaml:5:13: expected one of low"));
    }

    void unknownKeysAreWarnings()
    {
        const QByteArray text
            = lines({"outcomes:", "  - id: O1", "  - id: O2", "    baseline:", "      metric: Time",
                "      colour: red", "    target:", "      metric: Duration",
                "customer:", "  contract:", "    arr: about 150k", "extras:", "  anything: 1",
                "stakeholders:", "  vendor:", "    - name: Jo", "      side: vendor"});
        ImportReport report;
        const auto plan = importPlanYaml(text, kFile, &report);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QStringList warnings;
        for (const Diagnostic &d : report.warnings)
            warnings << d.toString();
        const QStringList expected {
            QStringLiteral("bad.yaml:11:10: expected an amount such as \"$150,000\", found \"about "
                           "150k\" (kept as text only) (at customer.contract.arr)"),
            QStringLiteral(
                "bad.yaml:17:7: unknown key \"side\" ignored (at stakeholders.vendor[0].side)"),
            QStringLiteral(
                "bad.yaml:6:7: unknown key \"colour\" ignored (at outcomes[1].baseline.colour)"),
            QStringLiteral(
                "bad.yaml:8:15: expected the same value as at outcomes[1].baseline.metric, found "
                "\"Duration\" (the first is kept) (at outcomes[1].target.metric)"),
            QStringLiteral("bad.yaml:12:1: unknown key \"extras\" ignored (at extras)"),
        };
        QCOMPARE(warnings, expected);
        QCOMPARE(plan->metrics[0].name, QStringLiteral("Time"));
        QCOMPARE(plan->account.arrText, QStringLiteral("about 150k"));
        QVERIFY(plan->account.arr.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestYamlImport)
#include "tst_yamlimport.moc"
