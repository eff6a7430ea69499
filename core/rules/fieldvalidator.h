// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace accord {

struct Change;
struct Plan;
class PlanTable;

// One impossible value found in a row: a stable rule code (used by `accord check`),
// the field it concerns and a translated sentence naming the field and what is allowed.
struct ValueProblem {
    QString code; // "out-of-range", "date-order", "invalid-email"…
    QString field; // the field's key
    QString message; // translated, context "accord::Validation"
    bool operator==(const ValueProblem &) const = default;
};

// Hard rules on field values: what a plan can never contain (a percentage of 120,
// a target date before the baseline date, a malformed e-mail address). Pure: the
// plan is only read. Structural faults (unknown table, field or row, a value of the
// wrong type) are left to Change::applyTo(), which reports them itself.
class FieldValidator {
public:
    // Why the change would put an impossible value into the plan, else nullopt.
    // SetValue checks the one field, and the cross-field rules it takes part in
    // against the row as it would be afterwards; InsertRow checks every value of the
    // new row. RemoveRow and MoveRow are always accepted.
    static std::optional<QString> check(const Plan &plan, const Change &change);

    // Every rule broken by an existing row (for plan checks of imported or older data).
    static std::vector<ValueProblem> problemsOf(const Plan &plan, const PlanTable &table, int row);
};

} // namespace accord
