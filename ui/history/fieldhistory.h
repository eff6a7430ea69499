// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"

#include <QString>

#include <functional>

namespace accord {

class PlanRepository;
struct Plan;

// Who last changed one field of one row, in words; asked for when a field's
// tooltip is about to show, never before.
using LastChangeLookup = std::function<QString(FieldRef field, qint64 rowId)>;

// A field's last change, read from the change history: "Last changed by Lisa
// Park on 30 Nov 2026 at 15:02; it was “Pilot”".
class FieldHistory {
public:
    // The sentence for one field of one row of plan (one read of the history);
    // an empty text when the history cannot be read.
    static QString lastChange(
        PlanRepository &repository, const Plan &plan, FieldRef field, qint64 rowId);
    // A tooltip that was (plain or rich text, or none) with the last change
    // under it, on one line; empty when both are.
    static QString toolTip(const QString &toolTip, const QString &lastChange);
};

} // namespace accord
