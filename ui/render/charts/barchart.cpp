// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "chartannotations.h"
#include "chartstyle.h"
#include "palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace accord {

namespace {

QColor colourOf(const BarChartSpec &spec, const BarChartSpec::Bar &bar)
{
    if (bar.colour.isValid())
        return bar.colour;
    return spec.colour.isValid() ? spec.colour : Palette::accent();
}

// Horizontal bars are laid out from the bottom up; the spec lists them top down.
std::vector<BarChartSpec::Bar> ordered(const BarChartSpec &spec)
{
    std::vector<BarChartSpec::Bar> bars = spec.bars;
    if (spec.orientation == Qt::Horizontal)
        std::reverse(bars.begin(), bars.end());
    return bars;
}

bool isHorizontal(const QAbstractBarSeries *series)
{
    return series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
}

// One set per colour, stacked: QtCharts colours a whole set alike, and a bar of
// its own colour in each category is what a stacked series of one-colour sets draws.
QAbstractBarSeries *barSeries(const BarChartSpec &spec)
{
    QAbstractBarSeries *series = nullptr;
    if (spec.orientation == Qt::Horizontal)
        series = new QHorizontalStackedBarSeries;
    else
        series = new QStackedBarSeries;
    QList<QRgb> colours;
    for (const BarChartSpec::Bar &bar : spec.bars) {
        if (!colours.contains(colourOf(spec, bar).rgba()))
            colours.append(colourOf(spec, bar).rgba());
    }
    for (const QRgb rgba : colours) {
        auto *set = new QBarSet(QColor::fromRgba(rgba).name());
        set->setColor(QColor::fromRgba(rgba));
        set->setBorderColor(QColor::fromRgba(rgba));
        for (const BarChartSpec::Bar &bar : ordered(spec))
            set->append(colourOf(spec, bar).rgba() == rgba ? bar.value.value_or(0) : 0);
        series->append(set);
    }
    series->setBarWidth(0.62);
    return series;
}

const QAbstractBarSeries *firstBarSeries(const QChart *chart)
{
    for (const QAbstractSeries *s : chart->series()) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(s))
            return bars;
    }
    return nullptr;
}

} // namespace

QChart *buildBarChart(const BarChartSpec &spec, Medium medium)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, medium);
    ChartStyle::setTitle(chart, spec.title, spec.subtitle, spec.subtitleColour, medium);
    chart->legend()->hide();
    if (spec.bars.empty()) {
        ChartAnnotations::setNotice(chart, spec.emptyNotice, medium);
        return chart;
    }
    const bool horizontal = spec.orientation == Qt::Horizontal;
    QAbstractBarSeries *series = barSeries(spec);
    chart->addSeries(series);

    const std::vector<BarChartSpec::Bar> bars = ordered(spec);
    auto *categories = new QBarCategoryAxis;
    // Elided here, to a share of the chart's natural width: QtCharts would cut
    // long labels at a width of its own choosing, mid-word.
    const QFontMetricsF metrics(ChartStyle::font(medium, 0.9));
    const qreal width = horizontal
        ? ChartStyle::naturalSize(medium).width() * 0.3
        : ChartStyle::naturalSize(medium).width() * 0.8 / qreal(bars.size());
    for (const BarChartSpec::Bar &bar : bars) {
        const QString text = ChartStyle::elided(bar.category, spec.categoryLength);
        categories->append(ChartStyle::escaped(metrics.elidedText(text, Qt::ElideRight, width)));
    }
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    ChartStyle::styleAxis(categories, medium);
    categories->setGridLineVisible(false);

    auto *values = new QValueAxis;
    AxisRange::apply(values, spec.range, medium);
    values->setTitleText(ChartStyle::escaped(spec.valueTitle));
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    ChartStyle::styleAxis(values, medium);
    series->attachAxis(categories);
    series->attachAxis(values);

    for (int i = 0; i < int(bars.size()); ++i) {
        const double value = bars[std::size_t(i)].value.value_or(0);
        const QPointF at = horizontal ? QPointF(value, i) : QPointF(i, std::max(value, 0.0));
        ChartAnnotations::addPointLabel(chart, series, at, bars[std::size_t(i)].valueText, medium,
            horizontal ? ChartAnnotations::Placement::Right : ChartAnnotations::Placement::Above);
    }
    return chart;
}

QStringList barCategories(const QChart *chart)
{
    const QAbstractBarSeries *series = firstBarSeries(chart);
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList result = categories->categories();
            if (series && isHorizontal(series))
                std::reverse(result.begin(), result.end());
            return result;
        }
    }
    return {};
}

QList<qreal> barValues(const QChart *chart)
{
    QList<qreal> result;
    const QAbstractBarSeries *series = firstBarSeries(chart);
    if (!series)
        return result;
    for (const QBarSet *set : series->barSets()) {
        result.resize(std::max(result.size(), qsizetype(set->count())));
        for (int i = 0; i < set->count(); ++i)
            result[i] += set->at(i);
    }
    if (isHorizontal(series))
        std::reverse(result.begin(), result.end());
    return result;
}

QStringList barValueTexts(const QChart *chart)
{
    QStringList result = ChartAnnotations::pointLabels(chart);
    const QAbstractBarSeries *series = firstBarSeries(chart);
    if (series && isHorizontal(series))
        std::reverse(result.begin(), result.end());
    return result;
}

} // namespace accord
