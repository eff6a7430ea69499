// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "texttable.h"

#include "model/fieldref.h"

#include <utility>

namespace accord {

struct Plan;

// The health score section as plain text, shared by every document: the computed
// score and level (rules/healthscore.h), the weighted components with what each
// adds, the thresholds with the action for each level, and the KPI tiles.
class HealthTables {
public:
    // False when the plan has no components, actions or tiles and default thresholds.
    static bool hasContent(const Plan &plan);
    // "72 (Yellow)", or "not assessed yet"; empty without components.
    static QString scoreText(const Plan &plan);
    // "The weights add up to 90%, not 100%." when they do not; else empty.
    static QString weightNote(const Plan &plan);
    // The components' fields with a value, plus "Points of the score".
    static TextTable components(const Plan &plan);
    // Level | Score | Action for green, yellow and red.
    static TextTable thresholds(const Plan &plan);
    // (label, value) of the upgrade %, expansion % and NPS tiles that are set.
    static QList<std::pair<QString, QString>> tiles(const Plan &plan);
    // The fields of the plan's header this section shows.
    static std::vector<FieldRef> shownFields();
};

} // namespace accord
