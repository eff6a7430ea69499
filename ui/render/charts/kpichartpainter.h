// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "kpichartdata.h"

#include <optional>

class QFont;

namespace accord {

// A KPI chart drawn straight onto a QPainter: the figure documents, slides and
// image export show. It looks like buildKpiChart()'s chart (the same ChartStyle and
// Palette, series, legend and title), but a QChart lays out and paints its axes
// through a graphics scene of rich-text items, which made twenty charts two thirds
// of a large plan's PDF time; drawn here the chart costs a fraction of a millisecond.
//
// The time axis is marked on calendar boundaries (timeTicks()); a point's label
// sits where it crosses neither the target line, the schedule nor another label
// when it can.
class KpiChartPainter {
public:
    // No data: the metric is not in the plan, and the chart says so.
    KpiChartPainter(std::optional<KpiChartData> data, QString title, Medium medium);

    // Draws the chart laid out in `area`, whose unit is the point.
    void paint(QPainter *painter, const QRectF &area) const;
    Figure figure() const; // at ChartStyle::naturalSize(medium)

private:
    struct Plot;

    qreal paintTitle(QPainter *painter, const QRectF &box) const; // the height used
    qreal paintLegend(QPainter *painter, const QRectF &box) const; // the height used
    Plot plotIn(const QRectF &box) const;
    void paintGrid(QPainter *painter, const Plot &plot) const;
    void paintSeries(QPainter *painter, const Plot &plot) const;
    void paintPointLabels(QPainter *painter, const Plot &plot) const;
    void paintAxisLabels(QPainter *painter, const Plot &plot) const;
    void paintNotice(QPainter *painter, const QRectF &plot, const QString &text) const;

    std::optional<KpiChartData> m_data;
    QString m_title;
    Medium m_medium;
};

} // namespace accord
