// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldinfo.h"
#include "treenode.h"

#include <QVariant>

namespace accord {

// Converts a field's value (the QVariant of PlanTable::value) to its file form and
// back. Dates are "YYYY-MM-DD" strings, money the canonical "USD 150000.00" (a
// {minor, currency} map only when that would not read back the same), enums their
// key, string lists lists. Reading is strict about types and accepts what a
// person would write: any scalar as text, "12" as a number, synonyms of enum keys,
// a single text or "none" as a string list.
class FieldCodec {
public:
    static TreeNode encode(
        const FieldInfo &field, const QVariant &value, ScalarStyle textStyle = ScalarStyle::Quoted);

    struct Decoded {
        QVariant value;
        QString expected; // empty when value is good
        bool ok() const { return expected.isEmpty(); }
    };
    // Ref fields decode to their reference text (a label or "#position") or null.
    static Decoded decode(const FieldInfo &field, const TreeNode &node);

    // Null, "" or []: what is left out of a file when the default is empty too.
    static bool isEmpty(const TreeNode &node);
};

} // namespace accord
