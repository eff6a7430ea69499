// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

class QChart;

namespace accord {

struct HealthScore;

// What each component adds to the health score, in points of the score, as
// horizontal bars; components not assessed (or weighted 0) say so. It takes a
// score rather than a plan so that a what-if view can show hypothetical scores.
// The caller owns the chart.
QChart *buildHealthChart(const HealthScore &score, Medium medium);
Figure healthFigure(const HealthScore &score, Medium medium);

} // namespace accord
