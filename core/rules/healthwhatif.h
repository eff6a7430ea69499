// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "healthscore.h"
#include "milestonerules.h"
#include "model/change.h"

#include <QDate>

#include <map>
#include <set>

namespace accord {

// A hypothesis about the plan, for the health panel's what-if mode: some
// components assessed differently, some open milestones closed. Nothing in the
// plan changes until the hypothesis is applied as one undoable edit.
struct HealthWhatIf {
    std::map<qint64, int> scores; // health component id → hypothetical score (0–100)
    std::set<qint64> closedMilestones; // open milestones imagined complete today

    bool isEmpty() const { return scores.empty() && closedMilestones.empty(); }
};

// A component "measures milestones" when its metrics text mentions milestones
// (e.g. "KPI achievement vs target, milestones on time"). Such a component's
// assessed score moves, point for point, with the plan's milestone completion:
// closing milestones that lift completion from 40 % to 50 % lifts it by 10.
bool measuresMilestones(const HealthComponent &component);

struct HealthWhatIfResult {
    HealthScore before;
    HealthScore after;
    MilestoneCompletion completionBefore; // over all milestones of the plan
    MilestoneCompletion completionAfter;
    std::vector<HealthComponent> components; // as hypothesised, in plan order
    // What applying the hypothesis writes: component scores, and each closed
    // milestone's status (complete) and actual date (today, unless already set).
    std::vector<Change> changes;
};

HealthWhatIfResult evaluateWhatIf(const Plan &plan, const HealthWhatIf &whatIf, QDate today);

// The share of complete milestones among all the plan's milestones (skipped excluded).
MilestoneCompletion planMilestoneCompletion(const Plan &plan);

} // namespace accord
