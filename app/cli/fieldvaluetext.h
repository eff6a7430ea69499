// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldaddress.h"

#include <QVariant>

namespace accord {

// A field's value as the edit commands read and print it: what the plan files use
// (dates YYYY-MM-DD, enum keys, "USD 150000.00", true/false), a reference as the
// referenced row's id (empty or "none" for no reference), a list one item per line.
class FieldValueText {
    Q_DECLARE_TR_FUNCTIONS(accord::FieldValueText)

public:
    // The value text means for the field at address; why not when it cannot be one
    // (the rules of what a value may be are the document's, not checked here).
    static Result<QVariant> parse(const Plan &plan, const FieldRef &field, const QString &text);
    static QString format(const FieldInfo &field, const QVariant &value);
    // A value in a TSV cell: backslash, tab, line feed and carriage return escaped
    // as \\, \t, \n and \r.
    static QString tsvCell(const QString &text);
};

} // namespace accord
