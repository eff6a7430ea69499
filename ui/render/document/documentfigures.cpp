// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfigures.h"

#include "charts/healthchart.h"
#include "charts/kpichart.h"
#include "charts/outcomesoverviewchart.h"
#include "rules/healthscore.h"
#include "timeline/timelinefigure.h"

namespace accord {

DocumentFigures DocumentFigures::standard()
{
    DocumentFigures figures;
    figures.kpiChart = [](const Plan &plan, MetricId metric, QDate today) {
        return kpiChartFigure(plan, metric, today, Medium::Print);
    };
    figures.timeline
        = [](const Plan &plan, QDate today) { return timelineFigure(plan, today, Medium::Print); };
    figures.outcomesOverview = [](const Plan &plan, QDate today) {
        return outcomesOverviewFigure(plan, today, Medium::Print);
    };
    figures.healthChart
        = [](const Plan &plan, QDate) { return healthFigure(healthScore(plan), Medium::Print); };
    return figures;
}

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
