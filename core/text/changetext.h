// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeentry.h"

#include <QCoreApplication>

#include <map>
#include <vector>

namespace accord {

struct Plan;
class PlanTable;

// A change history entry in words, for the History panel, a field's last change
// and `accord log`: "Lisa Park moved the Target date of “Data sources
// connected” from 15 Nov 2026 to 1 Dec 2026".
class ChangeText {
    Q_DECLARE_TR_FUNCTIONS(accord::ChangeText)

public:
    // Names of rows that are gone, from the entries that added or removed them.
    using RowNames = std::map<std::pair<QString, qint64>, QString>;
    static RowNames rowNames(const std::vector<ChangeEntry> &entries);

    // The whole sentence, beginning with who. The plan (as it is now) names the
    // rows that still exist; gone names the others.
    static QString describe(
        const ChangeEntry &entry, const Plan *plan = nullptr, const RowNames &gone = {});
    // The same without who: "moved the Target date of …".
    static QString what(
        const ChangeEntry &entry, const Plan *plan = nullptr, const RowNames &gone = {});
    // The section of the plan the entry is in ("Milestones"), "Plan" for
    // whole-plan entries.
    static QString section(const ChangeEntry &entry);
    // The field's label ("Target date"), empty when the entry is of no field.
    static QString field(const ChangeEntry &entry);
    // A stored value as people read it: dates as "15 Nov 2026", enum keys by their
    // labels; "(empty)" for nothing.
    static QString value(const ChangeEntry &entry, const QString &stored);
};

} // namespace accord
