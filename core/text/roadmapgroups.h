// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "texttable.h"

#include <vector>

namespace accord {

struct Milestone;
struct Plan;

// One part of the joint plan's milestone roadmap: a phase with its deliverable and
// activities, or the milestones without a phase of one outcome, or the rest.
struct RoadmapGroup {
    QString title; // "Phase 1: Onboard (Month 1)", "Outcome O1: …", "Unphased"
    bool isPhase = false;
    QString deliverable;
    QStringList activities;
    std::vector<const Milestone *> milestones; // in plan order
};

// The roadmap of section 3, shared by every document: a group per phase (even an
// empty one: the phase is part of the plan), then the milestones without a phase
// under their outcome, the rest under "Unphased" (these only when they have any).
class RoadmapGroups {
public:
    static std::vector<RoadmapGroup> of(const Plan &plan);
    // Milestone | Owner | Due date | Status.
    static TextTable milestoneTable(const std::vector<const Milestone *> &milestones);
};

} // namespace accord
