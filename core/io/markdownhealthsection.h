// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord {

struct Plan;

// The health score section (HealthTables) as Markdown: the computed score and
// level, the weighted components with what each adds, the thresholds with the
// action for each level, and the KPI tiles (upgrade %, expansion %, NPS).
class MarkdownHealthSection {
public:
    // Empty when the plan has no components, actions or tiles and default thresholds.
    static QStringList blocks(const Plan &plan);
};

} // namespace accord
