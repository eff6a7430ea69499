// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldinfo.h"

#include <QVariant>

namespace accord {

// A field's value (as PlanTable::value returns it) as one piece of text, for
// people (documents) or for machines (CSV). Both write dates as YYYY-MM-DD and
// string lists joined with "; ". Ref fields give the referenced id; documents
// resolve it to a name with RowLabel.
class FieldText {
public:
    // Enum labels (translated), money as "$150,000", Yes/No, numbers as short as exact.
    static QString display(const FieldInfo &field, const QVariant &value);
    // Enum keys, money as "USD 150000.00", true/false, Ref ids, nothing for "not set".
    static QString machine(const FieldInfo &field, const QVariant &value);
    // Not set, empty text, empty list, invalid date, zero money without currency, ref 0.
    // A Bool or a number is never empty.
    static bool isEmpty(const FieldInfo &field, const QVariant &value);
    // 3, 3.5, 0.1: the shortest text that reads back as the same double.
    static QString number(double value);
    // What an internal field's mark says where it is edited.
    static QString internalNote();
};

} // namespace accord
