// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QList>

class QValueAxis;

namespace accord {

// The extent of a value axis.
struct ValueRange {
    double min = 0;
    double max = 0;
    bool operator==(const ValueRange &) const = default;
};

namespace AxisRange {

// The share of the data's span left free on each side of a chart's values.
inline constexpr double kPadding = 0.08;

// The smallest range holding every value, widened by `padding` of its span on each
// side. A single value (or equal values) is widened by `padding` of its magnitude,
// or by 1 around zero. No values: 0–1.
ValueRange padded(const QList<double> &values, double padding = kPadding);

// The round step (1, 2, 2.5 or 5 × 10^n) dividing span into the number of parts
// closest to `intervals`.
double niceStep(double span, int intervals);

// The number of intervals a value axis of this medium is divided into.
int intervals(Medium medium);

// The round values of `step` inside range, from the lowest up.
QList<double> ticks(ValueRange range, double step);

// As many decimals as the step has (2.5 needs one, 0.25 two), so that no two
// ticks read alike.
int decimals(double step);

// Sets the axis to exactly `range`, with ticks on round numbers inside it and as
// many decimals in the labels as the step needs.
void apply(QValueAxis *axis, ValueRange range, Medium medium);

} // namespace AxisRange
} // namespace accord
