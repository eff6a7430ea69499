// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "model/id.h"

#include <QDate>

class QChart;

namespace accord {

struct Plan;

// The names of a KPI chart's series (as shown in its legend).
namespace KpiSeries {
QString measurements();
QString baseline();
QString target();
QString interimTargets();
QString expected();
} // namespace KpiSeries

// One metric over time: its measurements, baseline, target (dashed, ending at the
// target date), interim targets and the linear schedule from baseline to target,
// with progress and pace on `today` under the title. For a metric to decrease the
// value axis is reversed, so that up always means better. The caller owns the chart.
QChart *buildKpiChart(const Plan &plan, MetricId metric, QDate today, Medium medium);
Figure kpiChartFigure(const Plan &plan, MetricId metric, QDate today, Medium medium);

} // namespace accord
