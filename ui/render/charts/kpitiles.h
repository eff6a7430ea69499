// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QColor>

#include <optional>
#include <vector>

namespace accord {

struct Plan;

// One of the KPI tiles: the health score, upgrade %, expansion % and NPS.
struct KpiTile {
    QString label; // "Health score"
    std::optional<double> value; // unset: shown as "—"
    QString text; // the value as shown: "78", "12 %", "—"
    QColor colour; // of the value (the health tile: its level)
};

std::vector<KpiTile> kpiTiles(const Plan &plan);

// The four tiles side by side, the value big and the label small.
Figure kpiTilesFigure(const Plan &plan, Medium medium);

} // namespace accord
