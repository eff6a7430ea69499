// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpichart.h"

#include "axisrange.h"
#include "chartannotations.h"
#include "chartfigure.h"
#include "chartstyle.h"
#include "kpichartdata.h"
#include "model/plan.h"
#include "palette.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::KpiChart", text);
}

// Measurement markers help with a few readings and clutter a long series.
constexpr qsizetype kMaxMarkedMeasurements = 60;

struct Axes {
    QDateTimeAxis *x;
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

QString valueAxisTitle(const KpiChartData &data)
{
    const QString unit = data.unit.simplified();
    if (data.direction == Direction::Decrease)
        return unit.isEmpty() ? tr("lower is better") : tr("%1 (lower is better)").arg(unit);
    return unit.isEmpty() ? tr("Value") : unit;
}

Axes addAxes(QChart *chart, const KpiChartData &data, Medium medium)
{
    auto *x = new QDateTimeAxis;
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(data.xMin)),
        QDateTime::fromMSecsSinceEpoch(qint64(data.xMax)));
    const qreal days = (data.xMax - data.xMin) / (24.0 * 3600 * 1000);
    x->setFormat(days <= 240 ? QStringLiteral("d MMM") : QStringLiteral("MMM yyyy"));
    x->setTickCount(medium == Medium::Slide ? 5 : 6);
    chart->addAxis(x, Qt::AlignBottom);
    ChartStyle::styleAxis(x, medium);
    if (!data.hasDates) { // the dates shown would be made up
        x->setLabelsVisible(false);
        x->setGridLineVisible(false);
    }

    auto *y = new QValueAxis;
    AxisRange::apply(y, AxisRange::padded(data.values()), medium);
    y->setReverse(data.direction == Direction::Decrease);
    y->setTitleText(ChartStyle::escaped(valueAxisTitle(data)));
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

Figure kpiChartFigure(const Plan &plan, MetricId metric, QDate today, Medium medium)
{
    return chartFigure(buildKpiChart(plan, metric, today, medium), ChartStyle::naturalSize(medium));
}

} // namespace accord
