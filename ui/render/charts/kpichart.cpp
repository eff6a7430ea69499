// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpichart.h"

#include "axisrange.h"
#include "chartannotations.h"
#include "chartfigure.h"
#include "chartstyle.h"
#include "kpichartdata.h"
#include "kpichartpainter.h"
#include "model/plan.h"
#include "palette.h"
#include "timeticks.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::KpiChart", text);
}

struct Axes {
    QCategoryAxis *x;
    QValueAxis *y;
};

template<typename Series> Series *addSeries(QChart *chart, const Axes &axes, const QString &name)
{
    auto *series = new Series;
    series->setName(name);
    chart->addSeries(series);
    series->attachAxis(axes.x);
    series->attachAxis(axes.y);
    return series;
}

// The series without its points: see buildKpiChart().
QLineSeries *addMeasurements(
    QChart *chart, const Axes &axes, const KpiChartData &data, Medium medium)
{
    auto *series = addSeries<QLineSeries>(chart, axes, KpiSeries::measurements());
    const bool marked = data.measurements.size() <= kMaxMarkedMeasurements;
    QPen pen = ChartStyle::pen(Palette::accent(), medium, Qt::SolidLine, marked ? 1.0 : 0.6);
    if (!marked) // thousands of round joins cost more to stroke than to see
        pen.setJoinStyle(Qt::BevelJoin);
    series->setPen(pen);
    series->setColor(Palette::accent());
    if (marked) {
        series->setPointsVisible(true);
        series->setMarkerSize(ChartStyle::markerSize(medium) / 2); // a line's is a radius
    }
    return series;
}

void addBaseline(QChart *chart, const Axes &axes, const KpiChartData &data, Medium medium)
{
    auto *series = addSeries<QScatterSeries>(chart, axes, KpiSeries::baseline());
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(ChartStyle::markerSize(medium) * 1.4);
    series->setColor(Palette::muted());
    series->setBorderColor(Palette::paper());
    series->append(*data.baseline);
}

void addTarget(QChart *chart, const Axes &axes, const KpiChartData &data, Medium medium)
{
    auto *series = addSeries<QLineSeries>(chart, axes, KpiSeries::target());
    series->setPen(ChartStyle::pen(Palette::target(), medium, Qt::CustomDashLine, 0.8));
    series->setColor(Palette::target());
    const double value = *data.target;
    if (!data.targetPoint) { // no date: the level across the whole chart
        series->replace({{data.xMin, value}, {data.xMax, value}});
        return;
    }
    series->replace({{data.xMin, value}, *data.targetPoint});
    series->setPointsVisible(true);
    series->setMarkerSize(ChartStyle::markerSize(medium) * 0.75); // a radius
    series->setPointConfiguration(0, QXYSeries::PointConfiguration::Visibility, false);
}

void addInterims(QChart *chart, const Axes &axes, const KpiChartData &data, Medium medium)
{
    auto *series = addSeries<QScatterSeries>(chart, axes, KpiSeries::interimTargets());
    series->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    series->setMarkerSize(ChartStyle::markerSize(medium) * 1.4);
    series->setColor(Palette::paper());
    series->setBorderColor(Palette::target());
    series->setPen(QPen(Palette::target(), ChartStyle::lineWidth(medium) * 0.75));
    for (const KpiChartData::Interim &it : data.interims) {
        series->append(it.point);
        ChartAnnotations::addPointLabel(chart, series, it.point, it.label, medium);
    }
}

void addExpected(QChart *chart, const Axes &axes, const KpiChartData &data, Medium medium)
{
    auto *series = addSeries<QLineSeries>(chart, axes, KpiSeries::expected());
    QColor light = Palette::accent();
    light.setAlpha(110);
    series->setPen(ChartStyle::pen(light, medium, Qt::DashLine, 0.6));
    series->setColor(light);
    series->replace(data.expected);
}

Axes addAxes(QChart *chart, const KpiChartData &data, Medium medium)
{
    // Marks on calendar boundaries (a QDateTimeAxis spaces its ticks evenly in
    // time, which skips months): a category axis labelled at each mark's value.
    auto *x = new QCategoryAxis;
    x->setRange(data.xMin, data.xMax);
    x->setStartValue(data.xMin);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const TimeTick &tick : timeTicks(data.xMin, data.xMax, medium == Medium::Slide ? 5 : 6)) {
        // A category's label must be unique: "Apr" of the next year gets its year.
        if (!x->categoriesLabels().contains(tick.label))
            x->append(tick.label, tick.x);
        else
            x->append(QLocale().toString(chartDate(tick.x), QStringLiteral("MMM yyyy")), tick.x);
    }
    chart->addAxis(x, Qt::AlignBottom);
    ChartStyle::styleAxis(x, medium);
    if (!data.hasDates) { // the dates shown would be made up
        x->setLabelsVisible(false);
        x->setGridLineVisible(false);
    }

    auto *y = new QValueAxis;
    AxisRange::apply(y, AxisRange::padded(data.values()), medium);
    y->setReverse(data.direction == Direction::Decrease);
    y->setTitleText(ChartStyle::escaped(kpiValueAxisTitle(data)));
    chart->addAxis(y, Qt::AlignLeft);
    ChartStyle::styleAxis(y, medium);
    return {x, y};
}

} // namespace

namespace KpiSeries {
QString measurements()
{
    return tr("Measurements");
}
QString baseline()
{
    return tr("Baseline");
}
QString target()
{
    return tr("Target");
}
QString interimTargets()
{
    return tr("Interim targets");
}
QString expected()
{
    return tr("Expected");
}
} // namespace KpiSeries

QChart *buildKpiChart(const Plan &plan, MetricId metricId, QDate today, Medium medium)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, medium);
    const auto metric = std::find_if(plan.metrics.cbegin(), plan.metrics.cend(),
        [metricId](const Metric &m) { return m.id == metricId; });
    if (metric == plan.metrics.cend()) {
        ChartStyle::setTitle(chart, tr("Unknown metric"), {}, {}, medium);
        ChartAnnotations::setNotice(chart, tr("This metric is not in the plan."), medium);
        return chart;
    }
    const KpiChartData data = kpiChartData(plan, *metric, today);
    const QString name = data.name.simplified().isEmpty() ? tr("Unnamed metric") : data.name;
    ChartStyle::setTitle(
        chart, name, kpiProgressText(data.progress), kpiProgressColour(data.progress), medium);
    const Axes axes = addAxes(chart, data, medium);
    QLineSeries *measurements = addMeasurements(chart, axes, data, medium);
    if (data.baseline)
        addBaseline(chart, axes, data, medium);
    if (data.target)
        addTarget(chart, axes, data, medium);
    if (!data.interims.empty())
        addInterims(chart, axes, data, medium);
    if (!data.expected.isEmpty())
        addExpected(chart, axes, data, medium);
    if (!data.hasDates)
        ChartAnnotations::setNotice(chart, tr("No dated values to plot yet"), medium);
    ChartStyle::spaceLegend(chart, medium);
    // The points last, all at once: every change to a series or its chart before
    // this would otherwise recompute the geometry of thousands of points.
    measurements->replace(data.measurements);
    return chart;
}

Figure kpiChartFigure(const Plan &plan, MetricId metricId, QDate today, Medium medium)
{
    const auto metric = std::find_if(plan.metrics.cbegin(), plan.metrics.cend(),
        [metricId](const Metric &m) { return m.id == metricId; });
    if (metric == plan.metrics.cend())
        return KpiChartPainter(std::nullopt, tr("Unknown metric"), medium).figure();
    return KpiChartPainter(kpiChartData(plan, *metric, today), metric->name, medium).figure();
}

} // namespace accord
