// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfigures.h"

namespace accord {

Figure DocumentFigures::figureFor(
    const Plan &plan, const ReportBlock::Figure &place, QDate today) const
{
    using Kind = ReportBlock::FigureKind;
    switch (place.kind) {
    case Kind::KpiChart:
        return kpiChart ? kpiChart(plan, place.metric, today) : Figure();
    case Kind::Timeline:
        return timeline ? timeline(plan, today) : Figure();
    case Kind::OutcomesOverview:
        return outcomesOverview ? outcomesOverview(plan, today) : Figure();
    case Kind::HealthChart:
        return healthChart ? healthChart(plan, today) : Figure();
    }
    return {};
}

} // namespace accord
