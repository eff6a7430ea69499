// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricprogress.h"

#include "milestonerules.h"
#include "model/plan.h"

#include <algorithm>

namespace accord {

namespace {

// The latest measurement of the metric dated on or before today; on equal dates the
// one entered last wins. Undated or unread measurements are ignored.
const Measurement *latestMeasurement(const Plan &plan, MetricId metric, QDate today)
{
    const Measurement *latest = nullptr;
    for (const Measurement &m : plan.measurements) {
        if (m.metric != metric || !m.date.isValid() || !m.value || m.date > today)
            continue;
        if (!latest || m.date >= latest->date)
            latest = &m;
    }
    return latest;
}

ProgressProblem progressProblem(const Metric &metric)
{
    if (!metric.baselineValue)
        return ProgressProblem::NoBaseline;
    if (!metric.targetValue)
        return ProgressProblem::NoTarget;
    const double baseline = *metric.baselineValue;
    const double target = *metric.targetValue;
    if (target == baseline)
        return ProgressProblem::TargetEqualsBaseline;
    const bool up = target > baseline;
    if (up != (metric.direction == Direction::Increase))
        return ProgressProblem::DirectionContradictsTarget;
    return ProgressProblem::None;
}

bool reached(const Metric &metric, double current)
{
    const double target = *metric.targetValue;
    return metric.direction == Direction::Increase ? current >= target : current <= target;
}

std::optional<double> expectedPercent(const Metric &metric, QDate today)
{
    const QDate from = metric.baselineDate;
    const QDate to = metric.targetDate;
    if (!from.isValid() || !to.isValid() || to <= from)
        return std::nullopt;
    const double share = double(from.daysTo(today)) / double(from.daysTo(to));
    return std::clamp(share * 100.0, 0.0, 100.0);
}

Pace pace(const MetricProgress &p)
{
    if (p.targetReached)
        return Pace::OnTrack;
    if (!p.percent || !p.expectedPercent)
        return Pace::Unknown;
    return *p.expectedPercent - *p.percent > kBehindTolerancePoints ? Pace::Behind : Pace::OnTrack;
}

void setCurrent(MetricProgress &p, const Plan &plan, const Metric &metric, QDate today)
{
    if (const Measurement *m = latestMeasurement(plan, metric.id, today)) {
        p.currentValue = m->value;
        p.currentDate = m->date;
        p.measured = true;
    } else {
        p.currentValue = metric.baselineValue;
        p.currentDate = metric.baselineDate;
    }
}

void setPercent(MetricProgress &p, const Metric &metric)
{
    p.problem = progressProblem(metric);
    if (p.problem != ProgressProblem::None)
        return;
    const double baseline = *metric.baselineValue;
    const double raw = (*p.currentValue - baseline) / (*metric.targetValue - baseline) * 100.0;
    p.unclampedPercent = raw;
    p.percent = std::clamp(raw, 0.0, 100.0);
}

} // namespace

MetricProgress metricProgress(const Plan &plan, const Metric &metric, QDate today)
{
    MetricProgress p;
    setCurrent(p, plan, metric, today);
    setPercent(p, metric);
    p.targetReached = p.currentValue && metric.targetValue && reached(metric, *p.currentValue);
    p.expectedPercent = expectedPercent(metric, today);
    p.pace = pace(p);
    return p;
}

OutcomeProgress outcomeProgress(const Plan &plan, OutcomeId outcome, QDate today)
{
    OutcomeProgress result;
    double sum = 0;
    for (const Metric &metric : plan.metrics) {
        if (metric.outcome != outcome)
            continue;
        if (const auto percent = metricProgress(plan, metric, today).percent) {
            sum += *percent;
            ++result.count;
        }
    }
    if (result.count > 0) {
        result.percent = sum / result.count;
        result.basis = ProgressBasis::Metrics;
        return result;
    }
    const MilestoneCompletion milestones = outcomeMilestoneProgress(plan, outcome);
    result.percent = milestones.percent;
    result.count = milestones.counted;
    result.basis = result.percent ? ProgressBasis::Milestones : ProgressBasis::None;
    return result;
}

} // namespace accord
