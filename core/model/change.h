// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plantable.h"

#include <optional>

namespace accord {

// One edit of a plan in generic form: what the undo stack records, what the
// repository persists, and what applyTo() performs on the in-memory plan.
struct Change {
    enum class Kind { SetValue, InsertRow, RemoveRow, MoveRow };

    Kind kind = Kind::SetValue;
    QString table;
    qint64 rowId = 0;
    QString field; // SetValue
    QVariant value; // SetValue
    int position = 0; // InsertRow, MoveRow: the row's index afterwards
    RowData row; // InsertRow

    static Change setValue(
        const QString &table, qint64 rowId, const QString &field, const QVariant &value);
    static Change insertRow(const QString &table, int position, const RowData &row);
    static Change removeRow(const QString &table, qint64 rowId);
    static Change moveRow(const QString &table, qint64 rowId, int position);

    // Applies the change to plan; on failure returns why and leaves plan as it was.
    std::optional<QString> applyTo(Plan &plan) const;
    // The change that undoes this one, computed against the plan *before* applying.
    std::optional<Change> inverse(const Plan &before) const;
};

// The removals that deleting a row implies (its child rows, then the row itself),
// in an order that can be applied one by one and undone in reverse.
std::vector<Change> removalWithChildren(const Plan &plan, const QString &table, qint64 rowId);

} // namespace accord
