// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartchanges.h"

#include "model/change.h"
#include "model/plan.h"

#include <algorithm>

namespace accord {

bool changeAffectsCharts(const Change &change)
{
    static const std::vector<FieldRef> headerFields
        = fieldsOf<&PlanHeader::upgradePercent, &PlanHeader::expansionPercent, &PlanHeader::nps,
            &PlanHeader::healthGreenMin, &PlanHeader::healthYellowMin>();
    if (change.table == &tableOf<PlanHeader>())
        return std::find(headerFields.begin(), headerFields.end(), change.fieldRef())
            != headerFields.end();
    return change.touches<Outcome, Metric, InterimTarget, Measurement, Milestone, Persona,
        FeatureImportance, HealthComponent>();
}

} // namespace accord
