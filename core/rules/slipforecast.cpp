// SPDX-License-Identifier: GPL-3.0-or-later
#include "slipforecast.h"

#include "milestonerules.h"
#include "model/plan.h"

#include <algorithm>

namespace accord {

namespace {

// Evidence of how the phase is going: a milestone that finished or is overdue.
bool showsSlip(const Milestone &m, QDate today)
{
    return m.status == TaskStatus::Complete || isOverdue(m, today);
}

} // namespace

int phaseSlipDays(const Plan &plan, const Milestone &milestone, QDate today)
{
    if (!milestone.phase.isValid() || !milestone.targetDate.isValid())
        return 0;
    int slip = 0;
    for (const Milestone &other : plan.milestones) {
        if (other.id == milestone.id || other.phase != milestone.phase
            || !other.targetDate.isValid() || other.targetDate >= milestone.targetDate
            || !showsSlip(other, today))
            continue;
        slip = std::max(slip, daysLate(other, today));
    }
    return slip;
}

QDate forecastDate(const Plan &plan, const Milestone &milestone, QDate today)
{
    if (isClosed(milestone) || !milestone.targetDate.isValid())
        return {};
    const QDate slipped = milestone.targetDate.addDays(phaseSlipDays(plan, milestone, today));
    return std::max(slipped, today);
}

std::vector<MilestoneForecast> forecastMilestones(const Plan &plan, QDate today)
{
    std::vector<MilestoneForecast> result;
    for (const Milestone &m : plan.milestones) {
        if (isClosed(m) || !m.targetDate.isValid())
            continue;
        MilestoneForecast f;
        f.milestone = m.id;
        f.target = m.targetDate;
        f.phaseSlipDays = phaseSlipDays(plan, m, today);
        f.forecast = std::max(m.targetDate.addDays(f.phaseSlipDays), today);
        f.slipDays = int(m.targetDate.daysTo(f.forecast));
        result.push_back(f);
    }
    return result;
}

bool slipsPastRenewal(const Plan &plan, const Milestone &milestone, QDate today)
{
    const QDate renewal = plan.account.renewalDate;
    if (!renewal.isValid() || isClosed(milestone) || !milestone.targetDate.isValid())
        return false;
    return milestone.targetDate > renewal || forecastDate(plan, milestone, today) > renewal;
}

std::vector<Milestone> milestonesPastRenewal(const Plan &plan, QDate today)
{
    std::vector<Milestone> result;
    for (const Milestone &m : plan.milestones) {
        if (slipsPastRenewal(plan, m, today))
            result.push_back(m);
    }
    return result;
}

} // namespace accord
