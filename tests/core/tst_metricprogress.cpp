// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "rules/metricprogress.h"

#include <QTest>

using namespace accord;

namespace {

const QDate kBaselineDate(2024, 1, 1);
const QDate kTargetDate(2024, 4, 10); // 100 days after the baseline date

std::optional<double> toOptional(const QVariant &value)
{
    return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

Metric metric(qint64 id, Direction direction, const QVariant &baseline, const QVariant &target)
{
    Metric m;
    m.id = MetricId(id);
    m.outcome = OutcomeId(1);
    m.direction = direction;
    m.baselineValue = toOptional(baseline);
    m.targetValue = toOptional(target);
    m.baselineDate = kBaselineDate;
    m.targetDate = kTargetDate;
    return m;
}

Measurement measurement(qint64 metric, QDate date, double value)
{
    Measurement m;
    m.metric = MetricId(metric);
    m.date = date;
    m.value = value;
    return m;
}

Milestone milestone(qint64 outcome, TaskStatus status)
{
    Milestone m;
    m.outcome = OutcomeId(outcome);
    m.status = status;
    return m;
}

void compareOptional(const std::optional<double> &actual, const QVariant &expected)
{
    QCOMPARE(actual.has_value(), expected.isValid());
    if (actual)
        QCOMPARE(*actual, expected.toDouble());
}

} // namespace

class TestMetricProgress : public QObject {
    Q_OBJECT

private slots:
    void percent_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<QVariant>("baseline");
        QTest::addColumn<QVariant>("target");
        QTest::addColumn<QVariant>("latest"); // measured on the baseline date + 30
        QTest::addColumn<QVariant>("percent");
        QTest::addColumn<QVariant>("unclamped");
        QTest::addColumn<ProgressProblem>("problem");
        QTest::addColumn<bool>("reached");

        const auto dec = Direction::Decrease;
        const auto inc = Direction::Increase;
        const auto none = ProgressProblem::None;
        const QVariant no;
        QTest::newRow("decrease halfway: 240 -> 135 of 30")
            << dec << QVariant(240.0) << QVariant(30.0) << QVariant(135.0) << QVariant(50.0)
            << QVariant(50.0) << none << false;
        QTest::newRow("decrease beyond target")
            << dec << QVariant(240.0) << QVariant(30.0) << QVariant(15.0) << QVariant(100.0)
            << QVariant(22500.0 / 210.0) << none << true;
        QTest::newRow("decrease moved the wrong way")
            << dec << QVariant(240.0) << QVariant(30.0) << QVariant(261.0) << QVariant(0.0)
            << QVariant(-10.0) << none << false;
        QTest::newRow("increase a quarter: 40 -> 50 of 80")
            << inc << QVariant(40.0) << QVariant(80.0) << QVariant(50.0) << QVariant(25.0)
            << QVariant(25.0) << none << false;
        QTest::newRow("increase exactly at target")
            << inc << QVariant(40.0) << QVariant(80.0) << QVariant(80.0) << QVariant(100.0)
            << QVariant(100.0) << none << true;
        QTest::newRow("increase moved the wrong way")
            << inc << QVariant(40.0) << QVariant(80.0) << QVariant(30.0) << QVariant(0.0)
            << QVariant(-25.0) << none << false;
        QTest::newRow("not measured yet: baseline is current")
            << inc << QVariant(40.0) << QVariant(80.0) << no << QVariant(0.0) << QVariant(0.0)
            << none << false;
        QTest::newRow("missing baseline") << inc << no << QVariant(80.0) << QVariant(85.0) << no
                                          << no << ProgressProblem::NoBaseline << true;
        QTest::newRow("missing baseline, not measured")
            << inc << no << QVariant(80.0) << no << no << no << ProgressProblem::NoBaseline
            << false;
        QTest::newRow("missing target") << inc << QVariant(40.0) << no << QVariant(50.0) << no << no
                                        << ProgressProblem::NoTarget << false;
        QTest::newRow("target equals baseline")
            << inc << QVariant(50.0) << QVariant(50.0) << QVariant(49.0) << no << no
            << ProgressProblem::TargetEqualsBaseline << false;
        QTest::newRow("increase with target below baseline")
            << inc << QVariant(100.0) << QVariant(50.0) << QVariant(70.0) << no << no
            << ProgressProblem::DirectionContradictsTarget << true;
        QTest::newRow("decrease with target above baseline")
            << dec << QVariant(10.0) << QVariant(20.0) << QVariant(15.0) << no << no
            << ProgressProblem::DirectionContradictsTarget << true;
    }

    void percent()
    {
        QFETCH(Direction, direction);
        QFETCH(QVariant, baseline);
        QFETCH(QVariant, target);
        QFETCH(QVariant, latest);
        QFETCH(QVariant, percent);
        QFETCH(QVariant, unclamped);
        QFETCH(ProgressProblem, problem);
        QFETCH(bool, reached);

        Plan plan;
        plan.metrics.push_back(metric(1, direction, baseline, target));
        if (latest.isValid())
            plan.measurements.push_back(
                measurement(1, kBaselineDate.addDays(30), latest.toDouble()));
        const MetricProgress p
            = metricProgress(plan, plan.metrics.front(), kBaselineDate.addDays(40));
        compareOptional(p.percent, percent);
        compareOptional(p.unclampedPercent, unclamped);
        QCOMPARE(p.problem, problem);
        QCOMPARE(p.targetReached, reached);
        QCOMPARE(p.measured, latest.isValid());
        compareOptional(p.currentValue, latest.isValid() ? latest : baseline);
    }

    void currentValue_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<double>("value");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("measured");

        QTest::newRow("before any measurement")
            << QDate(2024, 2, 1) << 240.0 << kBaselineDate << false;
        QTest::newRow("on a measurement's date")
            << QDate(2024, 3, 1) << 200.0 << QDate(2024, 3, 1) << true;
        QTest::newRow("between measurements")
            << QDate(2024, 5, 31) << 200.0 << QDate(2024, 3, 1) << true;
        QTest::newRow("same date: last entered wins")
            << QDate(2024, 6, 1) << 130.0 << QDate(2024, 6, 1) << true;
        QTest::newRow("after the latest") << QDate(2025, 1, 1) << 90.0 << QDate(2024, 9, 1) << true;
    }

    void currentValue()
    {
        QFETCH(QDate, today);
        QFETCH(double, value);
        QFETCH(QDate, date);
        QFETCH(bool, measured);

        Plan plan;
        plan.metrics.push_back(metric(1, Direction::Decrease, 240.0, 30.0));
        plan.measurements
            = {measurement(1, QDate(2024, 9, 1), 90), measurement(1, QDate(2024, 3, 1), 200),
                measurement(1, QDate(2024, 6, 1), 135), measurement(1, QDate(2024, 6, 1), 130),
                measurement(1, QDate(), 5), measurement(2, QDate(2024, 2, 15), 1)};
        const MetricProgress p = metricProgress(plan, plan.metrics.front(), today);
        QCOMPARE(p.currentValue.value(), value);
        QCOMPARE(p.currentDate, date);
        QCOMPARE(p.measured, measured);
    }

    void pace_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<QDate>("targetDate");
        QTest::addColumn<int>("day"); // today = baseline date + day; measured today
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("expected");
        QTest::addColumn<Pace>("pace");

        const auto inc = Direction::Increase;
        const auto dec = Direction::Decrease;
        const QVariant no;
        QTest::newRow("before the baseline date")
            << inc << kTargetDate << -10 << no << QVariant(0.0) << Pace::OnTrack;
        QTest::newRow("halfway, 5 behind")
            << inc << kTargetDate << 50 << QVariant(45.0) << QVariant(50.0) << Pace::OnTrack;
        QTest::newRow("halfway, exactly the tolerance behind")
            << inc << kTargetDate << 50 << QVariant(40.0) << QVariant(50.0) << Pace::OnTrack;
        QTest::newRow("halfway, 11 behind")
            << inc << kTargetDate << 50 << QVariant(39.0) << QVariant(50.0) << Pace::Behind;
        QTest::newRow("ahead of schedule")
            << inc << kTargetDate << 20 << QVariant(60.0) << QVariant(20.0) << Pace::OnTrack;
        QTest::newRow("past the target date, short")
            << inc << kTargetDate << 130 << QVariant(80.0) << QVariant(100.0) << Pace::Behind;
        QTest::newRow("past the target date, reached")
            << inc << kTargetDate << 130 << QVariant(100.0) << QVariant(100.0) << Pace::OnTrack;
        QTest::newRow("no target date")
            << inc << QDate() << 50 << QVariant(10.0) << no << Pace::Unknown;
        QTest::newRow("target date before baseline")
            << inc << kBaselineDate.addDays(-1) << 50 << QVariant(10.0) << no << Pace::Unknown;
        // decrease 240 -> 30: 150 is 42.9 %, 160 is 38.1 %
        QTest::newRow("decrease, 7 behind")
            << dec << kTargetDate << 50 << QVariant(150.0) << QVariant(50.0) << Pace::OnTrack;
        QTest::newRow("decrease, 12 behind")
            << dec << kTargetDate << 50 << QVariant(160.0) << QVariant(50.0) << Pace::Behind;
    }

    void pace()
    {
        QFETCH(Direction, direction);
        QFETCH(QDate, targetDate);
        QFETCH(int, day);
        QFETCH(QVariant, value);
        QFETCH(QVariant, expected);
        QFETCH(Pace, pace);

        Plan plan;
        const bool up = direction == Direction::Increase;
        plan.metrics.push_back(metric(1, direction, up ? 0.0 : 240.0, up ? 100.0 : 30.0));
        plan.metrics.front().targetDate = targetDate;
        const QDate today = kBaselineDate.addDays(day);
        if (value.isValid())
            plan.measurements.push_back(measurement(1, today, value.toDouble()));
        const MetricProgress p = metricProgress(plan, plan.metrics.front(), today);
        compareOptional(p.expectedPercent, expected);
        QCOMPARE(p.pace, pace);
    }

    void paceIsUnknownWithoutProgress()
    {
        Plan plan;
        plan.metrics.push_back(metric(1, Direction::Increase, QVariant(), 100.0));
        const MetricProgress p
            = metricProgress(plan, plan.metrics.front(), kBaselineDate.addDays(50));
        QCOMPARE(p.expectedPercent.value(), 50.0);
        QCOMPARE(p.pace, Pace::Unknown);
    }

    void outcome_data()
    {
        QTest::addColumn<qint64>("outcome");
        QTest::addColumn<QVariant>("percent");
        QTest::addColumn<ProgressBasis>("basis");
        QTest::addColumn<int>("count");

        QTest::newRow("mean of metrics with progress")
            << 1LL << QVariant(35.0) << ProgressBasis::Metrics << 2;
        QTest::newRow("falls back to milestones")
            << 2LL << QVariant(50.0) << ProgressBasis::Milestones << 4;
        QTest::newRow("only skipped milestones") << 3LL << QVariant() << ProgressBasis::None << 0;
        QTest::newRow("nothing at all") << 4LL << QVariant() << ProgressBasis::None << 0;
    }

    void outcome()
    {
        QFETCH(qint64, outcome);
        QFETCH(QVariant, percent);
        QFETCH(ProgressBasis, basis);
        QFETCH(int, count);

        const OutcomeProgress p
            = outcomeProgress(outcomePlan(), OutcomeId(outcome), kBaselineDate.addDays(40));
        compareOptional(p.percent, percent);
        QCOMPARE(p.basis, basis);
        QCOMPARE(p.count, count);
    }

private:
    static Plan outcomePlan()
    {
        Plan plan;
        plan.metrics = {metric(1, Direction::Decrease, 240.0, 30.0), // 50 %
            metric(2, Direction::Increase, 0.0, 100.0), // 20 %
            metric(3, Direction::Increase, QVariant(), 100.0), // no progress
            metric(4, Direction::Increase, 0.0, 10.0), // other outcome
            metric(5, Direction::Increase, QVariant(), 100.0)}; // no progress
        plan.metrics[3].outcome = OutcomeId(9);
        plan.metrics[4].outcome = OutcomeId(2);
        plan.measurements = {measurement(1, kBaselineDate.addDays(30), 135),
            measurement(2, kBaselineDate.addDays(30), 20), measurement(3, kBaselineDate, 80),
            measurement(4, kBaselineDate, 10)};
        plan.milestones = {milestone(1, TaskStatus::Pending), // ignored: outcome 1 has metrics
            milestone(2, TaskStatus::Complete), milestone(2, TaskStatus::Complete),
            milestone(2, TaskStatus::Pending), milestone(2, TaskStatus::Skipped),
            milestone(2, TaskStatus::InProgress), milestone(3, TaskStatus::Skipped)};
        return plan;
    }
};

QTEST_APPLESS_MAIN(TestMetricProgress)
#include "tst_metricprogress.moc"
