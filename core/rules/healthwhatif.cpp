// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthwhatif.h"

#include "model/enuminfo.h"
#include "model/plan.h"

#include <algorithm>
#include <cmath>

namespace accord {

namespace {

bool imaginedClosed(const Milestone &m, const HealthWhatIf &whatIf)
{
    return !isClosed(m) && whatIf.closedMilestones.count(m.id.value) > 0;
}

MilestoneCompletion completion(const Plan &plan, const HealthWhatIf *whatIf)
{
    MilestoneCompletion result;
    for (const Milestone &m : plan.milestones) {
        if (m.status == TaskStatus::Skipped)
            continue;
        ++result.counted;
        if (m.status == TaskStatus::Complete || (whatIf && imaginedClosed(m, *whatIf)))
            ++result.complete;
    }
    if (result.counted > 0)
        result.percent = 100.0 * result.complete / result.counted;
    return result;
}

} // namespace

// A component whose metrics, in the words a person wrote, count milestones.
bool measuresMilestones(const HealthComponent &component)
{
    return component.metrics.contains(QStringLiteral("milestone"), Qt::CaseInsensitive);
}

MilestoneCompletion planMilestoneCompletion(const Plan &plan)
{
    return completion(plan, nullptr);
}

HealthWhatIfResult evaluateWhatIf(const Plan &plan, const HealthWhatIf &whatIf, QDate today)
{
    HealthWhatIfResult result;
    const HealthThresholds thresholds = HealthThresholds::fromHeader(plan.header);
    result.before = healthScore(plan.healthComponents, thresholds);
    result.completionBefore = completion(plan, nullptr);
    result.completionAfter = completion(plan, &whatIf);
    const double lift
        = result.completionAfter.percent.value_or(0) - result.completionBefore.percent.value_or(0);

    result.components = plan.healthComponents;
    for (HealthComponent &c : result.components) {
        const auto chosen = whatIf.scores.find(c.id.value);
        std::optional<int> score = c.score;
        if (chosen != whatIf.scores.end())
            score = std::clamp(chosen->second, 0, 100);
        else if (score && measuresMilestones(c) && lift != 0)
            score = std::clamp(int(std::lround(*score + lift)), 0, 100);
        if (score != c.score) {
            c.score = score;
            result.changes.push_back(Change::set<&HealthComponent::score>(c.id, *score));
        }
    }
    result.after = healthScore(result.components, thresholds);

    for (const Milestone &m : plan.milestones) {
        if (!imaginedClosed(m, whatIf))
            continue;
        result.changes.push_back(Change::set<&Milestone::status>(m.id, TaskStatus::Complete));
        if (!m.actualDate.isValid())
            result.changes.push_back(Change::set<&Milestone::actualDate>(m.id, today));
    }
    return result;
}

} // namespace accord
