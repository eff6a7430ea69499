// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpibarchart.h"

#include "barchart.h"
#include "chartfigure.h"
#include "chartstyle.h"
#include "kpitiles.h"
#include "palette.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::KpiTiles", text);
}

} // namespace

QChart *buildKpiBarChart(const Plan &plan, Medium medium)
{
    const std::vector<KpiTile> tiles = kpiTiles(plan);
    BarChartSpec spec;
    spec.title = tr("Key performance indicators");
    spec.orientation = Qt::Vertical;
    spec.colour = Palette::accent();
    spec.categoryLength = 20;
    double low = 0;
    double high = 0;
    for (const KpiTile &tile : tiles) {
        BarChartSpec::Bar bar;
        bar.category = tile.label;
        bar.value = tile.value;
        bar.valueText = tile.text;
        if (tile.value && tile.colour != Palette::ink())
            bar.colour = tile.colour; // the health bar in its level's colour
        low = std::min(low, tile.value.value_or(0));
        high = std::max(high, tile.value.value_or(0));
        spec.bars.push_back(bar);
    }
    // Percentages and NPS share one axis: 0–100, and down to -100 for a negative NPS;
    // the headroom above 100 keeps a full bar's label inside the chart.
    spec.range = {low < 0 ? low * 1.15 : 0.0, std::max(115.0, high * 1.15)};
    return buildBarChart(spec, medium);
}

Figure kpiBarFigure(const Plan &plan, Medium medium)
{
    return chartFigure(buildKpiBarChart(plan, medium), ChartStyle::naturalSize(medium));
}

} // namespace accord
