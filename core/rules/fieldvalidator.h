// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace accord {

struct Change;
struct Plan;

// One impossible value found in a row: a stable rule code (used by `accord check`),
// the field it concerns and a translated sentence naming the field and what is allowed.
struct ValueProblem {
    QString code; // "out-of-range", "date-order", "invalid-email"…
    FieldRef field;
    QString message; // translated, context "accord::Validation"
    bool operator==(const ValueProblem &) const = default;
};

// Hard rules on field values: what a plan can never contain (a percentage of 120,
// a target date before the baseline date, a malformed e-mail address). The rules
// are the field descriptors' (FieldInfo: required, min/max, notBefore) plus the
// ones every field of a kind shares (text length, control characters, the date
// range, e-mail and money forms) and one across tables (an interim target before
// its metric's baseline). Pure: the plan is only read.
class FieldValidator {
public:
    // Why the change would put an impossible value into the plan. SetValue checks
    // the one field, and the rules between fields it takes part in, against the row
    // as it would be afterwards; InsertRow checks every value of the new row;
    // RemoveRow and MoveRow are always accepted. A value the field cannot hold at
    // all (text for a date) is refused too.
    static Result<void> check(const Plan &plan, const Change &change);

    // Where a text holds an invisible character no text of a plan (or a workspace
    // setting) may hold: a control character but tab and line feed, or half of a
    // surrogate pair; -1 when it holds none.
    static qsizetype forbiddenCharacter(const QString &text);

    // Every rule broken by an existing row (for plan checks of imported or older data).
    static std::vector<ValueProblem> problemsOf(const Plan &plan, const PlanTable &table, int row);
};

} // namespace accord
