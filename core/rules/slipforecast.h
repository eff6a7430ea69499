// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"

#include <QDate>

#include <vector>

namespace accord {

struct Milestone;
struct Plan;

// When an open milestone is likely to finish, judged from the plan itself:
//
// 1. Only open milestones with a target date get a forecast. Complete and skipped
//    milestones cannot slip any more; undated ones have nothing to slip from.
// 2. The phase's slip so far: the largest number of days late (daysLate() of
//    milestonerules.h) among the other milestones of the same phase that are
//    complete or overdue and whose target date is before this milestone's. A phase
//    that has fallen behind is assumed not to win the time back; milestones
//    without a phase carry no slip from anyone.
// 3. forecast = target date + the phase's slip, and never before today: an open
//    milestone that is already overdue cannot finish before today.
//
// A forecast is a warning, not a plan change: the target dates stay as written.

// Days of slip the milestone inherits from the earlier milestones of its phase (rule 2).
int phaseSlipDays(const Plan &plan, const Milestone &milestone, QDate today);

// The forecast finish date (rule 3); an invalid date when rule 1 gives none.
QDate forecastDate(const Plan &plan, const Milestone &milestone, QDate today);

struct MilestoneForecast {
    RowId milestone;
    QDate target;
    QDate forecast;
    int phaseSlipDays = 0; // rule 2
    int slipDays = 0; // days from the target date to the forecast
};

// One entry per open milestone with a target date, in plan order.
std::vector<MilestoneForecast> forecastMilestones(const Plan &plan, QDate today);

// An open milestone whose target date or forecast lies after the account's renewal
// date: the customer renews before it is delivered. False when the account has no
// renewal date, and for closed or undated milestones.
bool slipsPastRenewal(const Plan &plan, const Milestone &milestone, QDate today);

// The plan's milestones for which slipsPastRenewal() holds, in plan order.
std::vector<Milestone> milestonesPastRenewal(const Plan &plan, QDate today);

} // namespace accord
