// SPDX-License-Identifier: GPL-3.0-or-later
#include "change.h"

#include "plan.h"

#include <QCoreApplication>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Change", text);
}

} // namespace

Change Change::set(FieldRef field, qint64 rowId, const QVariant &value)
{
    Change c;
    c.kind = Kind::SetValue;
    c.table = field.table;
    c.rowId = rowId;
    c.field = field.index;
    c.value = value;
    return c;
}

Change Change::insert(const PlanTable &table, int position, const RowData &row)
{
    Change c;
    c.kind = Kind::InsertRow;
    c.table = &table;
    c.rowId = row.id;
    c.position = position;
    c.row = row;
    return c;
}

Change Change::remove(const PlanTable &table, qint64 rowId)
{
    Change c;
    c.kind = Kind::RemoveRow;
    c.table = &table;
    c.rowId = rowId;
    return c;
}

Change Change::move(const PlanTable &table, qint64 rowId, int position)
{
    Change c;
    c.kind = Kind::MoveRow;
    c.table = &table;
    c.rowId = rowId;
    c.position = position;
    return c;
}

Result<void> Change::check(const Plan &plan) const
{
    if (!table)
        return Error {tr("The change names no section.")};
    const int index = table->indexOfRow(plan, rowId);
    switch (kind) {
    case Kind::SetValue:
        if (index < 0)
            break;
        if (field < 0 || field >= int(table->fields().size()))
            return Error {tr("%1 has no such field.").arg(table->label())};
        if (!table->normalized(field, value))
            return Error {tr("%1 is not a valid value for %2.")
                              .arg(value.toString(), fieldInfo().translatedLabel())};
        return {};
    case Kind::InsertRow:
        if (!table->isCollection() || row.id <= 0 || index >= 0 || position < 0
            || position > table->rowCount(plan))
            return Error {tr("Cannot insert row %1 into %2.").arg(row.id).arg(table->label())};
        for (int f = 0; f < int(row.values.size()) && f < int(table->fields().size()); ++f) {
            if (!table->normalized(f, row.values[f]))
                return Error {tr("%1 is not a valid value for %2.")
                                  .arg(row.values[f].toString(),
                                      table->fields()[std::size_t(f)].translatedLabel())};
        }
        return {};
    case Kind::RemoveRow:
        if (index < 0)
            break;
        return {};
    case Kind::MoveRow:
        if (index < 0)
            break;
        if (position < 0 || position >= table->rowCount(plan))
            return Error {tr("Cannot move row %1 of %2 to position %3.")
                              .arg(rowId)
                              .arg(table->label())
                              .arg(position)};
        return {};
    }
    return Error {tr("Row %1 of %2 no longer exists.").arg(rowId).arg(table->label())};
}

Result<void> Change::applyTo(Plan &plan) const
{
    if (auto possible = check(plan); !possible)
        return possible;
    const int index = table->indexOfRow(plan, rowId);
    const bool done = [&] {
        switch (kind) {
        case Kind::SetValue:
            return table->setValue(plan, index, field, value);
        case Kind::InsertRow:
            return table->insertRow(plan, position, row);
        case Kind::RemoveRow:
            return table->removeRow(plan, index);
        case Kind::MoveRow:
            return table->moveRow(plan, index, position);
        }
        return false;
    }();
    if (!done)
        return Error {tr("The change to %1 could not be made.").arg(table->label())};
    return {};
}

Result<Change> Change::inverse(const Plan &before) const
{
    const int index = table ? table->indexOfRow(before, rowId) : -1;
    const bool present = kind == Kind::InsertRow || index >= 0;
    if (!table || !present || (kind == Kind::SetValue && field < 0))
        return Error {tr("This edit cannot be made: the row it refers to no longer exists.")};
    switch (kind) {
    case Kind::SetValue:
        return set(fieldRef(), rowId, table->value(before, index, field));
    case Kind::InsertRow:
        return remove(*table, row.id);
    case Kind::RemoveRow:
        return insert(*table, index, table->rowData(before, index));
    case Kind::MoveRow:
        return move(*table, rowId, index);
    }
    return Error {tr("Unknown change.")};
}

std::vector<Change> removalWithChildren(const Plan &plan, const PlanTable &table, qint64 rowId)
{
    std::vector<Change> result;
    for (const PlanTable *child : planTables()) {
        if (!child->isCollection())
            continue;
        for (int f = 0; f < int(child->fields().size()); ++f) {
            const FieldInfo &info = child->fields()[std::size_t(f)];
            if (info.kind != FieldKind::Ref || info.refTable != table.name())
                continue;
            for (int r = 0; r < child->rowCount(plan); ++r) {
                if (child->value(plan, r, f).toLongLong() != rowId)
                    continue;
                const qint64 childId = child->rowId(plan, r);
                if (info.parent) {
                    const auto nested = removalWithChildren(plan, *child, childId);
                    result.insert(result.end(), nested.begin(), nested.end());
                } else {
                    result.push_back(Change::set({child, f}, childId, QVariant()));
                }
            }
        }
    }
    result.push_back(Change::remove(table, rowId));
    return result;
}

} // namespace accord
