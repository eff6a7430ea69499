// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "model/id.h"

class QChart;

namespace accord {

struct Plan;

// How much each feature matters to one persona (1–5), as horizontal bars in the
// order the rows are listed (the feature-importance bar graph). The caller owns
// the chart.
QChart *buildFeatureImportanceChart(const Plan &plan, PersonaId persona, Medium medium);
Figure featureImportanceFigure(const Plan &plan, PersonaId persona, Medium medium);

} // namespace accord
