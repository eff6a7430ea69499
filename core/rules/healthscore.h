// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/id.h"

#include <QString>

#include <optional>
#include <vector>

namespace accord {

struct HealthComponent;
struct Plan;
struct PlanHeader;

// The lowest scores of the green and yellow levels (by default green >= 80, yellow 60–79).
struct HealthThresholds {
    int greenMin = 80;
    int yellowMin = 60;

    static HealthThresholds fromHeader(const PlanHeader &header);
    // Deterministic repair of user input: each bound is clamped to [0, 100], then the
    // two are ordered so that yellowMin <= greenMin (swapped if they were not).
    HealthThresholds normalized() const;
    bool operator==(const HealthThresholds &) const = default;
};

// What one component adds to the score.
struct HealthContribution {
    RowId component;
    QString name;
    bool counted = false; // assessed and weight > 0
    double contribution = 0; // weight * score / (sum of counted weights): points of the score
};

struct HealthScore {
    // Weighted mean of the counted components' scores (each clamped to 0–100);
    // nullopt when no component is counted.
    std::optional<double> score;
    std::optional<HealthLevel> level; // of the score rounded to a whole number
    int weightSum = 0; // over all components, assessed or not
    bool weightsSumTo100 = false;
    HealthThresholds thresholds; // as normalized and applied
    std::vector<HealthContribution> contributions; // one per component, in order
};

// The level of a score: the score is rounded to a whole number first, as displayed,
// so a tile showing "80" is never yellow. Thresholds are normalized first.
HealthLevel healthLevel(double score, HealthThresholds thresholds);

HealthScore healthScore(const Plan &plan);
// Whether a change can move the score: any change of a component, or of a threshold.
bool changesHealth(const struct Change &change);
// For what-if editing: the same computation over components and thresholds not in a plan.
HealthScore healthScore(
    const std::vector<HealthComponent> &components, HealthThresholds thresholds);

} // namespace accord
