// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldref.h"

#include "util/result.h"

#include <optional>

namespace accord {

// One edit of a plan in generic form: what the undo stack records, what the
// repository persists, and what applyTo() performs on the in-memory plan. Made by
// naming the member: Change::set<&Milestone::targetDate>(milestone.id, date),
// Change::insert(position, risk), Change::remove(tableOf<Risk>(), id).
struct Change {
    enum class Kind { SetValue, InsertRow, RemoveRow, MoveRow };

    Kind kind = Kind::SetValue;
    const PlanTable *table = nullptr;
    qint64 rowId = 0;
    int field = -1; // SetValue: the index of the field in table->fields()
    QVariant value; // SetValue
    // SetValue: the value the edit replaces, as the editing program last saw it.
    // When set, a workspace refuses the edit if the stored value is another one
    // (someone else changed it meanwhile): no edit silently overwrites another's.
    std::optional<QVariant> expected;
    int position = 0; // InsertRow, MoveRow: the row's index afterwards
    RowData row; // InsertRow

    FieldRef fieldRef() const { return {table, field}; }
    const FieldInfo &fieldInfo() const { return table->fields()[std::size_t(field)]; }
    bool sets(FieldRef ref) const { return kind == Kind::SetValue && fieldRef() == ref; }
    // Whether the change is to a row of one of these types.
    template<typename... Rows> bool touches() const { return ((table == &tableOf<Rows>()) || ...); }

    static Change set(FieldRef field, qint64 rowId, const QVariant &value);
    template<auto Member, typename RowIdType, typename V>
    static Change set(RowIdType rowId, const V &value)
    {
        using M = typename detail::MemberOf<decltype(Member)>::Type;
        return set(fieldOf<Member>(), rawId(rowId), ValueCodec<M>::toVariant(M(value)));
    }
    static Change insert(const PlanTable &table, int position, const RowData &row);
    template<typename T> static Change insert(int position, const T &row)
    {
        RowData data {row.id.value, {}};
        for (const Field<T> &f : rowMeta<T>().fields)
            data.values << f.get(row);
        return insert(tableOf<T>(), position, data);
    }
    static Change remove(const PlanTable &table, qint64 rowId);
    static Change move(const PlanTable &table, qint64 rowId, int position);

    // Whether the change can be applied to plan: its section, row and field exist,
    // an insert's id is free and its position in range, a value fits its field.
    Result<void> check(const Plan &plan) const;
    // Applies the change to plan; on failure says why and leaves plan as it was.
    Result<void> applyTo(Plan &plan) const;
    // The change that undoes this one, computed against the plan *before* applying.
    Result<Change> inverse(const Plan &before) const;
};

// The removals that deleting a row implies (its child rows, then the row itself),
// in an order that can be applied one by one and undone in reverse.
std::vector<Change> removalWithChildren(const Plan &plan, const PlanTable &table, qint64 rowId);

} // namespace accord
