// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "rules/planwarnings.h"
#include "sample/samplegenerator.h"

#include <QTest>

#include <functional>

using namespace accord;

using Mutation = std::function<void(Plan &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const QDate kToday(2024, 6, 15);

template<typename Row> Row &added(std::vector<Row> &rows, qint64 id)
{
    Row row;
    row.id.value = id;
    rows.push_back(row);
    return rows.back();
}

Stakeholder &stakeholder(Plan &p, qint64 id, Side side, const QString &type)
{
    Stakeholder &s = added(p.stakeholders, id);
    s.side = side;
    s.type = type;
    s.name = u"Person %1"_qs.arg(id);
    return s;
}

// An outcome measured by a metric with a baseline: no finding.
void measuredOutcome(Plan &p, qint64 id)
{
    added(p.outcomes, id).code = u"O%1"_qs.arg(id);
    Metric &m = added(p.metrics, id);
    m.outcome = OutcomeId(id);
    m.name = u"Metric %1"_qs.arg(id);
    m.baselineValue = 4.0;
}

// A plan without a single finding on kToday.
Plan cleanPlan()
{
    Plan p;
    p.id = PlanId(1);
    p.account.id = AccountId(1);
    p.account.company = u"Initech"_qs;
    p.account.contractStart = QDate(2024, 1, 1);
    p.account.renewalDate = QDate(2025, 1, 1);
    p.header.nextReview = QDate(2024, 7, 1);
    stakeholder(p, 1, Side::Customer, u"executive_sponsor"_qs);
    stakeholder(p, 2, Side::Customer, u"champion"_qs);
    stakeholder(p, 3, Side::Vendor, u"csm"_qs);
    for (qint64 id = 1; id <= 3; ++id)
        measuredOutcome(p, id);
    Milestone &m = added(p.milestones, 1);
    m.name = u"Kickoff"_qs;
    m.owner = u"Sam"_qs;
    m.targetDate = QDate(2024, 7, 1);
    Risk &r = added(p.risks, 1);
    r.code = u"R1"_qs;
    r.owner = u"Sam"_qs;
    r.mitigation = u"Weekly check-in"_qs;
    for (int weight : {40, 30, 30})
        added(p.healthComponents, qint64(p.healthComponents.size() + 1)).weight = weight;
    return p;
}

QStringList lines(const std::vector<Warning> &warnings)
{
    QStringList result;
    for (const Warning &w : warnings) {
        result << u"%1|%2|%3|%4|%5|%6"_qs.arg(PlanWarnings::severityKey(w.severity), w.code,
            w.table ? w.table->name() : QString(), QString::number(w.rowId),
            w.field.isValid() ? w.field.info().key : QString(), w.message);
    }
    return result;
}

} // namespace

class TestPlanWarnings : public QObject {
    Q_OBJECT

private slots:
    void cleanPlanHasNoFindings();
    void findings_data();
    void findings();
    void severities();
    void generatedPlansHaveNoErrors();
};

void TestPlanWarnings::cleanPlanHasNoFindings()
{
    QCOMPARE(lines(PlanWarnings::of(cleanPlan(), kToday)), QStringList());
}

void TestPlanWarnings::findings_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QStringList>("expected"); // severity|code|table|rowId|field|message

    const auto row = [](const char *name, const Mutation &mutate, const QStringList &expected) {
        QTest::newRow(name) << mutate << expected;
    };

    // health
    row("weights sum to 90", [](Plan &p) { p.healthComponents[2].weight = 20; },
        {u"warning|weights-not-100|health_component|0|weight|The health score weights add up to 90 %, not 100 %."_qs});
    row("weights sum to 110", [](Plan &p) { p.healthComponents[2].weight = 40; },
        {u"warning|weights-not-100|health_component|0|weight|The health score weights add up to 110 %, not 100 %."_qs});
    row("no health components", [](Plan &p) { p.healthComponents.clear(); }, {});
    row("thresholds inverted", [](Plan &p) { p.header.healthYellowMin = 85; },
        {u"error|thresholds-inverted|plan|1|health_green_min|The at-risk threshold (85) is above the healthy threshold (80)."_qs});
    row("thresholds equal", [](Plan &p) { p.header.healthYellowMin = 80; }, {});

    // impossible values already in the plan (imported, older data)
    row("weight of 150", [](Plan &p) { p.healthComponents[0].weight = 150; },
        {u"error|out-of-range|health_component|1|weight|Weight must be between 0 and 100 %; 150 is not."_qs,
            u"warning|weights-not-100|health_component|0|weight|The health score weights add up to 210 %, not 100 %."_qs});
    row("malformed email", [](Plan &p) { p.stakeholders[0].email = u"jane@"_qs; },
        {u"error|invalid-email|stakeholder|1|email|\"jane@\" is not a valid e-mail address."_qs});
    row("interim before baseline reported once",
        [](Plan &p) {
            p.metrics[0].baselineDate = QDate(2024, 3, 1);
            InterimTarget &t = added(p.interimTargets, 1);
            t.metric = MetricId(1);
            t.date = QDate(2024, 2, 1);
        },
        {u"error|interim-before-baseline|interim_target|1|date|The interim target date (2024-02-01) is before the metric's baseline date (2024-03-01)."_qs});

    // references
    row("milestone refers to missing outcome",
        [](Plan &p) { p.milestones[0].outcome = OutcomeId(99); },
        {u"error|missing-reference|milestone|1|outcome_id|Outcome refers to row 99 of Outcomes, which does not exist."_qs});
    row("metric refers to missing outcome", [](Plan &p) { p.metrics[0].outcome = OutcomeId(42); },
        {u"error|missing-reference|metric|1|outcome_id|Outcome refers to row 42 of Outcomes, which does not exist."_qs,
            u"warning|outcome-without-metric|outcome|1||The outcome \"O1\" has no metric, so its progress cannot be measured."_qs});
    row("plan-level metric",
        [](Plan &p) {
            p.metrics.push_back(p.metrics[0]);
            p.metrics.back().id = MetricId(9);
            p.metrics.back().outcome = OutcomeId();
        },
        {});

    // next review
    row("no next review", [](Plan &p) { p.header.nextReview = QDate(); },
        {u"warning|no-next-review|plan|1|next_review|No next review date is set."_qs});
    row("next review overdue", [](Plan &p) { p.header.nextReview = QDate(2024, 6, 14); },
        {u"warning|next-review-overdue|plan|1|next_review|The next review was due on 2024-06-14."_qs});
    row("next review today", [](Plan &p) { p.header.nextReview = kToday; }, {});

    // stakeholders
    row("one customer stakeholder",
        [](Plan &p) { p.stakeholders.erase(p.stakeholders.begin() + 1); },
        {u"warning|too-few-customer-stakeholders|stakeholder|0||Only one customer stakeholder is named; involve at least two so the plan does not depend on one person."_qs});
    row("only vendor stakeholders",
        [](Plan &p) {
            p.stakeholders[0].side = Side::Vendor;
            p.stakeholders[1].side = Side::Vendor;
        },
        {u"warning|too-few-customer-stakeholders|stakeholder|0||No customer stakeholder is named; involve at least two so the plan does not depend on one person."_qs,
            u"warning|no-executive-sponsor|stakeholder|0|type|No executive sponsor is named on the customer side."_qs});
    row("no executive sponsor", [](Plan &p) { p.stakeholders[0].type = u"economic_buyer"_qs; },
        {u"warning|no-executive-sponsor|stakeholder|0|type|No executive sponsor is named on the customer side."_qs});
    row("sponsor written as words",
        [](Plan &p) { p.stakeholders[0].type = u" Executive Sponsor"_qs; }, {});
    row("vendor executive sponsor only",
        [](Plan &p) {
            p.stakeholders[0].type = u"champion"_qs;
            p.stakeholders[2].type = u"executive_sponsor"_qs;
        },
        {u"warning|no-executive-sponsor|stakeholder|0|type|No executive sponsor is named on the customer side."_qs});

    // outcomes and metrics
    row("six outcomes",
        [](Plan &p) {
            for (qint64 id = 4; id <= 6; ++id)
                measuredOutcome(p, id);
        },
        {u"warning|too-many-outcomes|outcome|0||The plan has more than 5 outcomes (6); a focused plan has 3 to 5."_qs});
    row("five outcomes",
        [](Plan &p) {
            for (qint64 id = 4; id <= 5; ++id)
                measuredOutcome(p, id);
        },
        {});
    row("two outcomes",
        [](Plan &p) {
            p.outcomes.pop_back();
            p.metrics.pop_back();
        },
        {u"info|too-few-outcomes|outcome|0||The plan has fewer than 3 outcomes; a focused plan has 3 to 5."_qs});
    row("outcome without metric", [](Plan &p) { p.metrics.erase(p.metrics.begin() + 1); },
        {u"warning|outcome-without-metric|outcome|2||The outcome \"O2\" has no metric, so its progress cannot be measured."_qs});
    row("uncoded outcome named by description",
        [](Plan &p) {
            p.outcomes[1].code.clear();
            p.outcomes[1].description = u"Faster reporting"_qs;
            p.metrics.erase(p.metrics.begin() + 1);
        },
        {u"warning|outcome-without-metric|outcome|2||The outcome \"Faster reporting\" has no metric, so its progress cannot be measured."_qs});
    row("metric without baseline", [](Plan &p) { p.metrics[2].baselineValue.reset(); },
        {u"warning|metric-without-baseline|metric|3|baseline_value|The metric \"Metric 3\" has no baseline: without a starting measurement its progress cannot be evaluated."_qs});
    row("baseline as written only",
        [](Plan &p) {
            p.metrics[2].baselineValue.reset();
            p.metrics[2].baselineText = u"4 hours per report"_qs;
        },
        {});

    // milestones
    row("milestone without owner", [](Plan &p) { p.milestones[0].owner = u"  "_qs; },
        {u"warning|milestone-without-owner|milestone|1|owner|The milestone \"Kickoff\" has no owner."_qs});
    row("milestone without target date", [](Plan &p) { p.milestones[0].targetDate = QDate(); },
        {u"warning|milestone-without-target-date|milestone|1|target_date|The milestone \"Kickoff\" has no target date."_qs});
    row("unnamed milestone",
        [](Plan &p) {
            p.milestones[0].name.clear();
            p.milestones[0].owner.clear();
        },
        {u"warning|milestone-without-owner|milestone|1|owner|The milestone \"(unnamed)\" has no owner."_qs});
    row("milestone overdue", [](Plan &p) { p.milestones[0].targetDate = QDate(2024, 6, 14); },
        {u"warning|milestone-overdue|milestone|1|target_date|The milestone \"Kickoff\" is overdue: it was due on 2024-06-14."_qs});
    row("milestone due today", [](Plan &p) { p.milestones[0].targetDate = kToday; }, {});
    row("complete milestone past its date",
        [](Plan &p) {
            p.milestones[0].targetDate = QDate(2024, 6, 1);
            p.milestones[0].status = TaskStatus::Complete;
        },
        {});

    // risks
    row("risk without owner", [](Plan &p) { p.risks[0].owner.clear(); },
        {u"warning|risk-without-owner|risk|1|owner|The risk \"R1\" has no owner."_qs});
    row("risk without mitigation", [](Plan &p) { p.risks[0].mitigation.clear(); },
        {u"warning|risk-without-mitigation|risk|1|mitigation|The risk \"R1\" has no mitigation."_qs});
    row("closed risk without either",
        [](Plan &p) {
            p.risks[0].owner.clear();
            p.risks[0].mitigation.clear();
            p.risks[0].status = RiskStatus::Closed;
        },
        {});
}

void TestPlanWarnings::findings()
{
    QFETCH(Mutation, mutate);
    QFETCH(QStringList, expected);

    Plan plan = cleanPlan();
    mutate(plan);
    QCOMPARE(lines(PlanWarnings::of(plan, kToday)), expected);
}

void TestPlanWarnings::severities()
{
    Plan plan = cleanPlan();
    QVERIFY(!PlanWarnings::hasErrors(PlanWarnings::of(plan, kToday)));
    plan.header.nextReview = QDate();
    QVERIFY(!PlanWarnings::hasErrors(PlanWarnings::of(plan, kToday)));
    plan.header.healthYellowMin = 90;
    QVERIFY(PlanWarnings::hasErrors(PlanWarnings::of(plan, kToday)));

    QCOMPARE(PlanWarnings::severityKey(Warning::Severity::Error), u"error"_qs);
    QCOMPARE(PlanWarnings::severityKey(Warning::Severity::Warning), u"warning"_qs);
    QCOMPARE(PlanWarnings::severityKey(Warning::Severity::Info), u"info"_qs);
}

void TestPlanWarnings::generatedPlansHaveNoErrors()
{
    SampleGenerator generator(7);
    for (const Plan &plan : generator.generate(25)) {
        QStringList errors;
        for (const Warning &w : PlanWarnings::of(plan, QDate(2026, 11, 1))) {
            if (w.severity == Warning::Severity::Error)
                errors << lines({w});
        }
        QCOMPARE(errors, QStringList());
    }
}

QTEST_GUILESS_MAIN(TestPlanWarnings)
#include "tst_planwarnings.moc"
