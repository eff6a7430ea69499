// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QDate>

#include <optional>
#include <vector>

namespace accord {

struct Outcome;
struct Plan;

// The status an outcome's evidence suggests, in this order:
// - Cancelled and Missed are decisions, kept as set; so is any status of an outcome
//   with no evidence at all (no metrics, no milestones).
// - Achieved: every metric with a target value has reached it; an outcome without
//   such metrics is achieved when all its (non-skipped) milestones are complete.
// - AtRisk: a milestone is overdue or blocked, or a metric is behind schedule.
// - InProgress: a milestone is in progress or complete, or a metric was measured.
// - NotStarted otherwise.
OutcomeStatus suggestedOutcomeStatus(const Plan &plan, const Outcome &outcome, QDate today);

// The status the plan's evidence suggests: Draft and Archived are kept as set;
// AtRisk when the health level is red or any outcome is (suggested) at risk;
// Completed when every outcome that is not cancelled is achieved; Active otherwise.
PlanStatus suggestedPlanStatus(const Plan &plan, QDate today);

// The outcome-based plan's success metric: achieved outcomes / outcomes not cancelled, in %.
// nullopt when no outcome counts.
std::optional<double> goalAttainmentRate(const std::vector<OutcomeStatus> &statuses);
// The same over the plan's suggested outcome statuses.
std::optional<double> goalAttainmentRate(const Plan &plan, QDate today);

} // namespace accord
