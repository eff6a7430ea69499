// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QDate>

class QChart;

namespace accord {

struct Plan;

// One horizontal bar per outcome: its progress toward its target on `today`
// (the mean of its metrics, else the share of its milestones completed), 0–100 %.
// The caller owns the chart.
QChart *buildOutcomesOverviewChart(const Plan &plan, QDate today, Medium medium);
Figure outcomesOverviewFigure(const Plan &plan, QDate today, Medium medium);

} // namespace accord
