// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

class QChart;

namespace accord {

struct Plan;

// The four KPI tile numbers (health score, upgrade %, expansion %, NPS) as a bar
// graph: the "main KPIs" chart. Unset values have no bar and read "—". The
// caller owns the chart.
QChart *buildKpiBarChart(const Plan &plan, Medium medium);
Figure kpiBarFigure(const Plan &plan, Medium medium);

} // namespace accord
