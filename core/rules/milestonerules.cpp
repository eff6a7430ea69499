// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonerules.h"

#include "model/plan.h"

#include <algorithm>
#include <iterator>

namespace accord {

namespace {

bool hasBlockers(const Milestone &milestone)
{
    return std::any_of(milestone.blockers.cbegin(), milestone.blockers.cend(),
        [](const QString &blocker) { return !blocker.trimmed().isEmpty(); });
}

bool isDueSoon(const Milestone &milestone, QDate today, int horizonDays)
{
    const QDate due = milestone.targetDate;
    return due.isValid() && due >= today && due <= today.addDays(horizonDays);
}

template<typename Predicate>
std::vector<Milestone> milestonesWhere(const Plan &plan, Predicate predicate)
{
    std::vector<Milestone> result;
    std::copy_if(
        plan.milestones.cbegin(), plan.milestones.cend(), std::back_inserter(result), predicate);
    return result;
}

template<typename Predicate>
MilestoneCompletion completionWhere(const Plan &plan, Predicate inGroup)
{
    MilestoneCompletion result;
    for (const Milestone &m : plan.milestones) {
        if (!inGroup(m) || m.status == TaskStatus::Skipped)
            continue;
        ++result.counted;
        result.complete += m.status == TaskStatus::Complete ? 1 : 0;
    }
    if (result.counted > 0)
        result.percent = 100.0 * result.complete / result.counted;
    return result;
}

} // namespace

bool isClosed(const Milestone &milestone)
{
    return milestone.status == TaskStatus::Complete || milestone.status == TaskStatus::Skipped;
}

bool isOverdue(const Milestone &milestone, QDate today)
{
    return milestone.targetDate.isValid() && milestone.targetDate < today && !isClosed(milestone);
}

bool isBlocked(const Milestone &milestone)
{
    return milestone.status == TaskStatus::Blocked
        || (!isClosed(milestone) && hasBlockers(milestone));
}

bool isAtRisk(const Milestone &milestone, QDate today, int horizonDays)
{
    if (isBlocked(milestone))
        return true;
    return milestone.status == TaskStatus::Pending && isDueSoon(milestone, today, horizonDays);
}

int daysLate(const Milestone &milestone, QDate today)
{
    if (isOverdue(milestone, today))
        return int(milestone.targetDate.daysTo(today));
    if (milestone.status != TaskStatus::Complete || !milestone.targetDate.isValid()
        || !milestone.actualDate.isValid())
        return 0;
    return int(std::max<qint64>(0, milestone.targetDate.daysTo(milestone.actualDate)));
}

std::vector<Milestone> overdueMilestones(const Plan &plan, QDate today)
{
    return milestonesWhere(plan, [today](const Milestone &m) { return isOverdue(m, today); });
}

std::vector<Milestone> atRiskMilestones(const Plan &plan, QDate today, int horizonDays)
{
    return milestonesWhere(
        plan, [=](const Milestone &m) { return isAtRisk(m, today, horizonDays); });
}

MilestoneCompletion phaseProgress(const Plan &plan, PhaseId phase)
{
    return completionWhere(plan, [phase](const Milestone &m) { return m.phase == phase; });
}

MilestoneCompletion outcomeMilestoneProgress(const Plan &plan, OutcomeId outcome)
{
    return completionWhere(plan, [outcome](const Milestone &m) { return m.outcome == outcome; });
}

std::vector<MilestoneCompletion> phaseProgressList(const Plan &plan)
{
    std::vector<MilestoneCompletion> result;
    result.reserve(plan.phases.size());
    for (const Phase &phase : plan.phases)
        result.push_back(phaseProgress(plan, phase.id));
    return result;
}

} // namespace accord
