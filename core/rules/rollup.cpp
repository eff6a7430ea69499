// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup.h"

#include "healthscore.h"
#include "metricprogress.h"
#include "milestonerules.h"
#include "model/plan.h"

#include <algorithm>

namespace accord {

namespace {

// What an outcome's metrics and milestones say on `today`.
struct Evidence {
    int metrics = 0;
    int targetedMetrics = 0;
    int reachedMetrics = 0;
    bool metricBehind = false;
    bool measured = false;
    int milestones = 0;
    bool milestoneTrouble = false; // overdue or blocked
    bool milestoneStarted = false; // in progress or complete
    MilestoneCompletion completion;
};

void addMetrics(Evidence &e, const Plan &plan, OutcomeId outcome, QDate today)
{
    for (const Metric &metric : plan.metrics) {
        if (metric.outcome != outcome)
            continue;
        const MetricProgress p = metricProgress(plan, metric, today);
        ++e.metrics;
        e.targetedMetrics += metric.targetValue ? 1 : 0;
        e.reachedMetrics += p.targetReached ? 1 : 0;
        e.metricBehind = e.metricBehind || p.pace == Pace::Behind;
        e.measured = e.measured || p.measured;
    }
}

void addMilestones(Evidence &e, const Plan &plan, OutcomeId outcome, QDate today)
{
    for (const Milestone &m : plan.milestones) {
        if (m.outcome != outcome)
            continue;
        ++e.milestones;
        e.milestoneTrouble = e.milestoneTrouble || isOverdue(m, today) || isBlocked(m);
        e.milestoneStarted = e.milestoneStarted || m.status == TaskStatus::InProgress
            || m.status == TaskStatus::Complete;
    }
    e.completion = outcomeMilestoneProgress(plan, outcome);
}

Evidence evidence(const Plan &plan, OutcomeId outcome, QDate today)
{
    Evidence e;
    addMetrics(e, plan, outcome, today);
    addMilestones(e, plan, outcome, today);
    return e;
}

bool achieved(const Evidence &e)
{
    if (e.targetedMetrics > 0)
        return e.reachedMetrics == e.targetedMetrics;
    return e.completion.counted > 0 && e.completion.complete == e.completion.counted;
}

bool isDecision(OutcomeStatus status)
{
    return status == OutcomeStatus::Cancelled || status == OutcomeStatus::Missed;
}

std::vector<OutcomeStatus> suggestedStatuses(const Plan &plan, QDate today)
{
    std::vector<OutcomeStatus> result;
    result.reserve(plan.outcomes.size());
    for (const Outcome &outcome : plan.outcomes)
        result.push_back(suggestedOutcomeStatus(plan, outcome, today));
    return result;
}

bool allAchieved(const std::vector<OutcomeStatus> &statuses)
{
    int counted = 0;
    for (OutcomeStatus status : statuses) {
        if (status == OutcomeStatus::Cancelled)
            continue;
        if (status != OutcomeStatus::Achieved)
            return false;
        ++counted;
    }
    return counted > 0;
}

} // namespace

OutcomeStatus suggestedOutcomeStatus(const Plan &plan, const Outcome &outcome, QDate today)
{
    const Evidence e = evidence(plan, outcome.id, today);
    if (isDecision(outcome.status) || (e.metrics == 0 && e.milestones == 0))
        return outcome.status;
    if (achieved(e))
        return OutcomeStatus::Achieved;
    if (e.milestoneTrouble || e.metricBehind)
        return OutcomeStatus::AtRisk;
    if (e.milestoneStarted || e.measured)
        return OutcomeStatus::InProgress;
    return OutcomeStatus::NotStarted;
}

PlanStatus suggestedPlanStatus(const Plan &plan, QDate today)
{
    const PlanStatus status = plan.header.status;
    if (status == PlanStatus::Draft || status == PlanStatus::Archived)
        return status;
    const std::vector<OutcomeStatus> outcomes = suggestedStatuses(plan, today);
    const bool anyAtRisk
        = std::find(outcomes.cbegin(), outcomes.cend(), OutcomeStatus::AtRisk) != outcomes.cend();
    if (anyAtRisk || healthScore(plan).level == HealthLevel::Red)
        return PlanStatus::AtRisk;
    return allAchieved(outcomes) ? PlanStatus::Completed : PlanStatus::Active;
}

std::optional<double> goalAttainmentRate(const std::vector<OutcomeStatus> &statuses)
{
    const auto cancelled = std::count(statuses.cbegin(), statuses.cend(), OutcomeStatus::Cancelled);
    const auto achieved = std::count(statuses.cbegin(), statuses.cend(), OutcomeStatus::Achieved);
    const auto counted = qsizetype(statuses.size()) - cancelled;
    if (counted == 0)
        return std::nullopt;
    return 100.0 * double(achieved) / double(counted);
}

std::optional<double> goalAttainmentRate(const Plan &plan, QDate today)
{
    return goalAttainmentRate(suggestedStatuses(plan, today));
}

} // namespace accord
