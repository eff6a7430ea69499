// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonereschedule.h"

#include "document/plandocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord {

Result<void> MilestoneReschedule::apply(PlanDocument &document, RowId milestone, int days)
{
    const Plan &plan = document.plan();
    const auto m = std::find_if(plan.milestones.cbegin(), plan.milestones.cend(),
        [milestone](const Milestone &candidate) { return candidate.id == milestone; });
    if (days == 0 || m == plan.milestones.cend())
        return {};
    std::vector<Change> changes;
    if (m->start.isValid())
        changes.push_back(Change::set<&Milestone::start>(m->id, m->start.addDays(days)));
    if (m->targetDate.isValid())
        changes.push_back(Change::set<&Milestone::targetDate>(m->id, m->targetDate.addDays(days)));
    if (days > 0) // the later date moves first, so that start never passes target on the way
        std::reverse(changes.begin(), changes.end());
    return document.edit(changes,
        QCoreApplication::translate("accord::TimelineScene", "Reschedule %1")
            .arg(m->name.simplified()));
}

} // namespace accord
