// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enuminfo.h"

namespace accord {

// Every closed vocabulary of a plan. Values are contiguous from 0; their keys
// (enums.cpp) are what files and the database store, so never renumber a key.

enum class PlanStatus { Draft, Active, AtRisk, Completed, Archived };
enum class PlanFormat {
    OutcomeBased,
    Timeline,
    Okr,
    JointAccountability,
    ValueTracker,
    MutualActionPlan,
    GoalCard
};
enum class ReviewCadence { Monthly, Quarterly, SemiAnnual, Annual };
enum class LifecycleStage { NewCustomer, Onboarding, Expanding, PostQbr, PreRenewal };
enum class Touch { High, Low };
enum class Side { Customer, Vendor };
enum class OutcomeStatus { NotStarted, InProgress, AtRisk, Achieved, Missed, Cancelled };
enum class TaskStatus { Pending, InProgress, Complete, Blocked, Skipped };
enum class RiskStatus { Open, Monitoring, Mitigated, Occurred, Closed };
enum class Level { Low, Medium, High, Critical };
enum class Direction { Increase, Decrease };
enum class ReviewKind { Kickoff, Day30, Day60, Day90, Qbr, AdHoc, Renewal };
enum class HealthLevel { Green, Yellow, Red };

template<> const EnumInfo &enumInfo<PlanStatus>();
template<> const EnumInfo &enumInfo<PlanFormat>();
template<> const EnumInfo &enumInfo<ReviewCadence>();
template<> const EnumInfo &enumInfo<LifecycleStage>();
template<> const EnumInfo &enumInfo<Touch>();
template<> const EnumInfo &enumInfo<Side>();
template<> const EnumInfo &enumInfo<OutcomeStatus>();
template<> const EnumInfo &enumInfo<TaskStatus>();
template<> const EnumInfo &enumInfo<RiskStatus>();
template<> const EnumInfo &enumInfo<Level>();
template<> const EnumInfo &enumInfo<Direction>();
template<> const EnumInfo &enumInfo<ReviewKind>();
template<> const EnumInfo &enumInfo<HealthLevel>();

} // namespace accord
