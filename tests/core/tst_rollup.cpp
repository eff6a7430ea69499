// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "rules/rollup.h"

#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2024, 6, 15);

OutcomeStatus outcomeStatus(const QString &key)
{
    return enumFromKey<OutcomeStatus>(key).value();
}

std::vector<OutcomeStatus> outcomeStatuses(const QString &keys)
{
    std::vector<OutcomeStatus> result;
    for (const QString &key : keys.split(u' ', Qt::SkipEmptyParts))
        result.push_back(outcomeStatus(key));
    return result;
}

// done, pending (due in 60 days), started (in progress), late (pending, overdue),
// blocked, skipped
Milestone milestone(const QString &kind)
{
    static const QHash<QString, std::pair<int, TaskStatus>> kinds {
        {QStringLiteral("done"), {-10, TaskStatus::Complete}},
        {QStringLiteral("pending"), {60, TaskStatus::Pending}},
        {QStringLiteral("started"), {60, TaskStatus::InProgress}},
        {QStringLiteral("late"), {-1, TaskStatus::Pending}},
        {QStringLiteral("blocked"), {60, TaskStatus::Blocked}},
        {QStringLiteral("skipped"), {-10, TaskStatus::Skipped}}};
    Milestone m;
    m.outcome = OutcomeId(1);
    m.targetDate = kToday.addDays(kinds.value(kind).first);
    m.status = kinds.value(kind).second;
    return m;
}

// Increase 0 -> 100 from kToday - 50 to kToday + 50, so 50 % is expected today.
// reached (100), ontrack (45), behind (30), unmeasured (no dates, no reading),
// untargeted (no target, read 10), future (no dates, reads 100 only tomorrow)
void addMetric(Plan &plan, const QString &kind)
{
    Metric m;
    m.id = MetricId(qint64(plan.metrics.size()) + 1);
    m.outcome = OutcomeId(1);
    m.baselineValue = 0;
    m.targetValue = 100;
    m.baselineDate = kToday.addDays(-50);
    m.targetDate = kToday.addDays(50);
    static const QHash<QString, double> readings {{QStringLiteral("reached"), 100},
        {QStringLiteral("ontrack"), 45}, {QStringLiteral("behind"), 30},
        {QStringLiteral("untargeted"), 10}, {QStringLiteral("future"), 100}};
    if (kind == u"untargeted")
        m.targetValue.reset();
    if (kind == u"unmeasured" || kind == u"future")
        m.baselineDate = m.targetDate = QDate();
    if (readings.contains(kind)) {
        Measurement reading;
        reading.metric = m.id;
        reading.date = kind == u"future" ? kToday.addDays(1) : kToday;
        reading.value = readings.value(kind);
        plan.measurements.push_back(reading);
    }
    plan.metrics.push_back(m);
}

Plan outcomePlan(const QString &milestones, const QString &metrics)
{
    Plan plan;
    for (const QString &kind : milestones.split(u' ', Qt::SkipEmptyParts))
        plan.milestones.push_back(milestone(kind));
    for (const QString &kind : metrics.split(u' ', Qt::SkipEmptyParts))
        addMetric(plan, kind);
    return plan;
}

// Outcomes with the given statuses and no evidence, so their statuses are kept.
Plan planWithOutcomes(const QString &statuses)
{
    Plan plan;
    for (OutcomeStatus status : outcomeStatuses(statuses)) {
        Outcome outcome;
        outcome.id = OutcomeId(qint64(plan.outcomes.size()) + 1);
        outcome.status = status;
        plan.outcomes.push_back(outcome);
    }
    return plan;
}

} // namespace

class TestRollup : public QObject {
    Q_OBJECT

private slots:
    void outcome_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("milestones");
        QTest::addColumn<QString>("metrics");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char *name, const char *stored, const char *milestones,
                             const char *metrics, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(stored) << QString::fromLatin1(milestones)
                                << QString::fromLatin1(metrics) << QString::fromLatin1(expected);
        };
        row("no evidence keeps achieved", "achieved", "", "", "achieved");
        row("no evidence keeps not started", "not_started", "", "", "not_started");
        row("cancelled is kept", "cancelled", "done done", "", "cancelled");
        row("missed is kept", "missed", "", "reached", "missed");
        row("all metrics reached", "in_progress", "late", "reached reached", "achieved");
        row("one metric short", "in_progress", "done", "reached ontrack", "in_progress");
        row("all milestones done, no targets", "in_progress", "done done skipped", "untargeted",
            "achieved");
        row("milestones done, metric short", "in_progress", "done done", "ontrack", "in_progress");
        row("overdue milestone", "in_progress", "done late", "", "at_risk");
        row("blocked milestone", "in_progress", "pending blocked", "", "at_risk");
        row("metric behind", "in_progress", "started", "behind", "at_risk");
        row("milestone started", "not_started", "started pending", "", "in_progress");
        row("metric measured", "not_started", "", "untargeted", "in_progress");
        row("nothing started", "not_started", "pending pending", "unmeasured", "not_started");
        row("stale at-risk recomputed", "at_risk", "pending", "", "not_started");
        row("reading dated tomorrow ignored", "not_started", "", "future", "not_started");
        row("only skipped milestones", "not_started", "skipped", "", "not_started");
    }

    void outcome()
    {
        QFETCH(QString, stored);
        QFETCH(QString, milestones);
        QFETCH(QString, metrics);
        QFETCH(QString, expected);

        Plan plan = outcomePlan(milestones, metrics);
        Outcome outcome;
        outcome.id = OutcomeId(1);
        outcome.status = outcomeStatus(stored);
        plan.outcomes.push_back(outcome);
        QCOMPARE(enumKey(suggestedOutcomeStatus(plan, outcome, kToday)), expected);
    }

    void plan_data()
    {
        QTest::addColumn<PlanStatus>("stored");
        QTest::addColumn<QString>("outcomes");
        QTest::addColumn<QVariant>("health"); // one component's score; invalid: unassessed
        QTest::addColumn<PlanStatus>("expected");

        using S = PlanStatus;
        const QVariant green(90), yellow(70), red(40), unassessed;
        QTest::newRow("draft is kept") << S::Draft << QStringLiteral("at_risk") << red << S::Draft;
        QTest::newRow("archived is kept")
            << S::Archived << QStringLiteral("achieved") << green << S::Archived;
        QTest::newRow("health red")
            << S::Active << QStringLiteral("in_progress") << red << S::AtRisk;
        QTest::newRow("health yellow")
            << S::Active << QStringLiteral("in_progress") << yellow << S::Active;
        QTest::newRow("outcome at risk")
            << S::Active << QStringLiteral("achieved at_risk") << green << S::AtRisk;
        QTest::newRow("all achieved")
            << S::Active << QStringLiteral("achieved achieved cancelled") << green << S::Completed;
        QTest::newRow("all achieved, health red")
            << S::Active << QStringLiteral("achieved") << red << S::AtRisk;
        QTest::newRow("all achieved, not assessed")
            << S::Active << QStringLiteral("achieved") << unassessed << S::Completed;
        QTest::newRow("achieved and missed")
            << S::Active << QStringLiteral("achieved missed") << green << S::Active;
        QTest::newRow("all cancelled")
            << S::Active << QStringLiteral("cancelled") << green << S::Active;
        QTest::newRow("no outcomes") << S::Active << QString() << unassessed << S::Active;
        QTest::newRow("stale completed")
            << S::Completed << QStringLiteral("achieved in_progress") << green << S::Active;
        QTest::newRow("recovered from at risk")
            << S::AtRisk << QStringLiteral("in_progress") << yellow << S::Active;
    }

    void plan()
    {
        QFETCH(PlanStatus, stored);
        QFETCH(QString, outcomes);
        QFETCH(QVariant, health);
        QFETCH(PlanStatus, expected);

        Plan plan = planWithOutcomes(outcomes);
        plan.header.status = stored;
        HealthComponent component;
        if (health.isValid())
            component.score = health.toInt();
        plan.healthComponents.push_back(component);
        QCOMPARE(enumKey(suggestedPlanStatus(plan, kToday)), enumKey(expected));
    }

    void attainment_data()
    {
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<QVariant>("rate");

        QTest::newRow("two of three, one cancelled")
            << QStringLiteral("achieved achieved in_progress cancelled") << QVariant(200.0 / 3.0);
        QTest::newRow("one of four")
            << QStringLiteral("achieved missed at_risk not_started") << QVariant(25.0);
        QTest::newRow("all achieved") << QStringLiteral("achieved") << QVariant(100.0);
        QTest::newRow("none achieved") << QStringLiteral("not_started missed") << QVariant(0.0);
        QTest::newRow("only cancelled") << QStringLiteral("cancelled cancelled") << QVariant();
        QTest::newRow("no outcomes") << QString() << QVariant();
    }

    void attainment()
    {
        QFETCH(QString, statuses);
        QFETCH(QVariant, rate);

        const std::optional<double> actual = goalAttainmentRate(outcomeStatuses(statuses));
        QCOMPARE(actual.has_value(), rate.isValid());
        if (actual)
            QCOMPARE(*actual, rate.toDouble());
        const std::optional<double> ofPlan = goalAttainmentRate(planWithOutcomes(statuses), kToday);
        QCOMPARE(ofPlan, actual);
    }

    void attainmentUsesSuggestedStatuses()
    {
        Plan plan = outcomePlan(QStringLiteral("done done"), QString()); // outcome 1: all done
        Milestone open = milestone(QStringLiteral("pending"));
        open.outcome = OutcomeId(2);
        plan.milestones.push_back(open);
        plan.outcomes = planWithOutcomes(QStringLiteral("in_progress achieved cancelled")).outcomes;
        // outcome 1 becomes achieved, outcome 2 not started; outcome 3 is cancelled
        QCOMPARE(goalAttainmentRate(plan, kToday).value(), 50.0);
    }
};

QTEST_APPLESS_MAIN(TestRollup)
#include "tst_rollup.moc"
