// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"

#include <QDate>

#include <optional>
#include <vector>

namespace accord {

struct Milestone;
struct Plan;

// How far ahead a pending milestone's target date makes it "at risk".
inline constexpr int kAtRiskHorizonDays = 14;

// Complete or Skipped: nothing more is expected of the milestone.
bool isClosed(const Milestone &milestone);

// Target date before today and not closed. Undated milestones are never overdue.
bool isOverdue(const Milestone &milestone, QDate today);

// Status Blocked, or an open milestone with at least one non-blank blocker.
bool isBlocked(const Milestone &milestone);

// Blocked, or still Pending with a target date from today to today + horizonDays.
// Overdue milestones are reported by isOverdue(), not here.
bool isAtRisk(const Milestone &milestone, QDate today, int horizonDays = kAtRiskHorizonDays);

// Open and overdue: days from the target date to today. Complete: days from the target
// date to the actual date, if both are set. Otherwise (skipped, early, undated) 0.
int daysLate(const Milestone &milestone, QDate today);

// The plan's milestones that are overdue / at risk, in plan order.
std::vector<Milestone> overdueMilestones(const Plan &plan, QDate today);
std::vector<Milestone> atRiskMilestones(
    const Plan &plan, QDate today, int horizonDays = kAtRiskHorizonDays);

// The share of complete milestones among a group's milestones, skipped ones excluded.
struct MilestoneCompletion {
    int complete = 0;
    int counted = 0; // milestones of the group that are not skipped
    std::optional<double> percent; // complete / counted in %; nullopt when counted is 0
};

MilestoneCompletion phaseProgress(const Plan &plan, PhaseId phase);
MilestoneCompletion outcomeMilestoneProgress(const Plan &plan, OutcomeId outcome);
// One entry per phase, index-aligned with plan.phases.
std::vector<MilestoneCompletion> phaseProgressList(const Plan &plan);

} // namespace accord
