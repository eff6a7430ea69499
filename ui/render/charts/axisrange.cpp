// SPDX-License-Identifier: GPL-3.0-or-later
#include "axisrange.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace accord::AxisRange {

ValueRange padded(const QList<double> &values, double padding)
{
    if (values.isEmpty())
        return {0, 1};
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    const double span = *high - *low;
    double pad = span * padding;
    if (span <= 0)
        pad = *low == 0 ? 1.0 : std::abs(*low) * padding;
    return {*low - pad, *high + pad};
}

double niceStep(double span, int intervals)
{
    if (!(span > 0) || intervals < 1)
        return 1;
    const double raw = span / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    // The round step whose number of intervals is closest to the one asked for.
    double best = magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = factor * magnitude;
        if (std::abs(std::log(span / step / intervals))
            < std::abs(std::log(span / best / intervals)))
            best = step;
    }
    return best;
}

int intervals(Medium medium)
{
    return medium == Medium::Slide ? 4 : 5;
}

QList<double> ticks(ValueRange range, double step)
{
    QList<double> values;
    if (!(step > 0) || !(range.max >= range.min))
        return values;
    for (double v = std::ceil(range.min / step) * step; v <= range.max + step * 1e-9; v += step)
        values.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return values;
}

int decimals(double step)
{
    int places = 0;
    while (places < 6
        && std::abs(step * std::pow(10.0, places) - std::round(step * std::pow(10.0, places)))
            > 1e-6 * std::pow(10.0, places))
        ++places;
    return places;
}

void apply(QValueAxis *axis, ValueRange range, Medium medium)
{
    axis->setRange(range.min, range.max);
    const double step = niceStep(range.max - range.min, intervals(medium));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(std::ceil(range.min / step) * step);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals(step)));
}

} // namespace accord::AxisRange
