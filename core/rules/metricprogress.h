// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"

#include <QDate>

#include <optional>

namespace accord {

struct Metric;
struct Plan;

// A metric is "behind" when its actual progress trails the progress expected by
// today by more than this many percentage points.
inline constexpr double kBehindTolerancePoints = 10.0;

// Why a metric has no progress percentage.
enum class ProgressProblem {
    None,
    NoBaseline,
    NoTarget,
    TargetEqualsBaseline,
    DirectionContradictsTarget, // e.g. Increase with a target below the baseline
};

// Actual progress compared with the linear schedule from baseline date to target date.
enum class Pace { Unknown, OnTrack, Behind };

// Where a metric stands on `today`.
struct MetricProgress {
    // The latest measurement dated on or before today, else the baseline.
    std::optional<double> currentValue;
    QDate currentDate;
    bool measured = false; // currentValue comes from a measurement
    // Progress from baseline to target in %, direction-aware; nullopt with a problem.
    std::optional<double> percent; // clamped to [0, 100]
    std::optional<double> unclampedPercent; // < 0: moved away; > 100: beyond target
    ProgressProblem problem = ProgressProblem::None;
    // The current value is at or beyond the target in the metric's direction.
    bool targetReached = false;
    // Linear from baseline date (0 %) to target date (100 %); nullopt without both dates.
    std::optional<double> expectedPercent;
    // Behind when percent trails expectedPercent by more than kBehindTolerancePoints;
    // OnTrack once the target is reached; Unknown without percent or expectedPercent.
    Pace pace = Pace::Unknown;
};

MetricProgress metricProgress(const Plan &plan, const Metric &metric, QDate today);

// How an outcome's progress was derived.
enum class ProgressBasis { None, Metrics, Milestones };

struct OutcomeProgress {
    std::optional<double> percent;
    ProgressBasis basis = ProgressBasis::None;
    int count = 0; // metrics averaged, or milestones counted
};

// The mean progress of the outcome's metrics that have one; without any, the share
// of its milestones that are complete (skipped milestones are not counted).
OutcomeProgress outcomeProgress(const Plan &plan, OutcomeId outcome, QDate today);

} // namespace accord
