// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"

#include <QDate>
#include <QString>

#include <vector>

namespace accord {

struct Plan;

// One finding about a plan's quality, located at a row and field where possible.
struct Warning {
    // Error: the plan contradicts itself (an impossible value, inverted health
    // thresholds, a reference to a row that does not exist); `accord check` fails.
    // Warning: allowed but a known pitfall (no owner, no baseline, overdue…).
    // Info: a suggestion (fewer outcomes than the checklist recommends).
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Warning;
    QString code; // stable key such as "weights-not-100"; never translated
    const PlanTable *table = nullptr;
    qint64 rowId = 0; // 0 when the finding is about the whole table
    FieldRef field; // invalid when the finding is about the whole row
    QString message; // translated, context "accord::Validation"

    bool operator==(const Warning &) const = default;
};

// Soft problems of a plan: shown next to the plan and by `accord check`, never
// refused. Pure: `today` is a parameter.
class PlanWarnings {
public:
    // Every finding, in a stable order: impossible values and broken references
    // first, then section by section in document order.
    static std::vector<Warning> of(const Plan &plan, QDate today);

    static bool hasErrors(const std::vector<Warning> &warnings);
    // "error", "warning", "info": stable keys for command-line output.
    static QString severityKey(Warning::Severity severity);
};

} // namespace accord
