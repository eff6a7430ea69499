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

void apply(QValueAxis *axis, ValueRange range, Medium medium)
{
    axis->setRange(range.min, range.max);
    const int intervals = medium == Medium::Slide ? 4 : 5;
    const double step = niceStep(range.max - range.min, intervals);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(std::ceil(range.min / step) * step);
    axis->setTickInterval(step);
    // As many decimals as the step has (2.5 needs one, 0.25 two), so that no two
    // ticks read alike.
    int decimals = 0;
    while (decimals < 6
        && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals)))
            > 1e-6 * std::pow(10.0, decimals))
        ++decimals;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

} // namespace accord::AxisRange
