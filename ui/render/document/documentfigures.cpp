// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfigures.h"

#include "charts/healthchart.h"
#include "charts/kpichart.h"
#include "charts/outcomesoverviewchart.h"
#include "charts/roichart.h"
#include "model/plan.h"
#include "rules/healthscore.h"
#include "timeline/timelinefigure.h"

#include <algorithm>

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
    figures.roiChart = [](const Plan &plan) { return roiFigure(plan, Medium::Print); };
    return figures;
}

namespace {

// The plan with only the given milestones and the phases they belong to.
Plan withOnly(const Plan &plan, const std::vector<qint64> &milestoneIds)
{
    Plan part = plan;
    std::erase_if(part.milestones, [&](const Milestone &m) {
        return std::find(milestoneIds.begin(), milestoneIds.end(), m.id.value)
            == milestoneIds.end();
    });
    std::erase_if(part.phases, [&](const Phase &phase) {
        return std::none_of(part.milestones.begin(), part.milestones.end(),
            [&](const Milestone &m) { return m.phase == phase.id; });
    });
    return part;
}

} // namespace

Figure DocumentFigures::figureFor(
    const Plan &plan, const ReportBlock::Figure &place, QDate today) const
{
    using Kind = ReportBlock::FigureKind;
    switch (place.kind) {
    case Kind::KpiChart:
        return kpiChart ? kpiChart(plan, place.metric, today) : Figure();
    case Kind::Timeline:
        if (!timeline)
            return {};
        return place.milestones.empty() ? timeline(plan, today)
                                        : timeline(withOnly(plan, place.milestones), today);
    case Kind::OutcomesOverview:
        return outcomesOverview ? outcomesOverview(plan, today) : Figure();
    case Kind::HealthChart:
        return healthChart ? healthChart(plan, today) : Figure();
    case Kind::Roi:
        return roiChart ? roiChart(plan) : Figure();
    }
    return {};
}

} // namespace accord
