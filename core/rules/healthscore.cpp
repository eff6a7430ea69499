// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthscore.h"

#include "model/change.h"

#include "model/plan.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace accord {

namespace {

bool counts(const HealthComponent &c)
{
    return c.score.has_value() && c.weight > 0;
}

double clampedScore(const HealthComponent &c)
{
    return std::clamp(*c.score, 0, 100);
}

HealthContribution contribution(const HealthComponent &c, int countedWeight)
{
    HealthContribution result {c.id, c.name, counts(c), 0};
    if (result.counted)
        result.contribution = c.weight * clampedScore(c) / countedWeight;
    return result;
}

} // namespace

HealthThresholds HealthThresholds::fromHeader(const PlanHeader &header)
{
    return {header.healthGreenMin, header.healthYellowMin};
}

HealthThresholds HealthThresholds::normalized() const
{
    HealthThresholds result {std::clamp(greenMin, 0, 100), std::clamp(yellowMin, 0, 100)};
    if (result.yellowMin > result.greenMin)
        std::swap(result.yellowMin, result.greenMin);
    return result;
}

HealthLevel healthLevel(double score, HealthThresholds thresholds)
{
    const HealthThresholds t = thresholds.normalized();
    const double shown = std::round(score);
    if (shown >= t.greenMin)
        return HealthLevel::Green;
    return shown >= t.yellowMin ? HealthLevel::Yellow : HealthLevel::Red;
}

bool changesHealth(const Change &change)
{
    return change.table == &tableOf<HealthComponent>()
        || change.sets(fieldOf<&PlanHeader::healthGreenMin>())
        || change.sets(fieldOf<&PlanHeader::healthYellowMin>());
}

HealthScore healthScore(const Plan &plan)
{
    return healthScore(plan.healthComponents, HealthThresholds::fromHeader(plan.header));
}

HealthScore healthScore(const std::vector<HealthComponent> &components, HealthThresholds thresholds)
{
    HealthScore result;
    result.thresholds = thresholds.normalized();
    int countedWeight = 0;
    for (const HealthComponent &c : components) {
        result.weightSum += c.weight;
        countedWeight += counts(c) ? c.weight : 0;
    }
    result.weightsSumTo100 = result.weightSum == 100;
    double score = 0;
    for (const HealthComponent &c : components) {
        result.contributions.push_back(contribution(c, countedWeight));
        score += result.contributions.back().contribution;
    }
    if (countedWeight > 0) {
        result.score = score;
        result.level = healthLevel(score, result.thresholds);
    }
    return result;
}

} // namespace accord
