// SPDX-License-Identifier: GPL-3.0-or-later
#include "change.h"

#include "plan.h"

#include <QCoreApplication>

namespace accord {

Change Change::setValue(
    const QString &table, qint64 rowId, const QString &field, const QVariant &value)
{
    Change c;
    c.kind = Kind::SetValue;
    c.table = table;
    c.rowId = rowId;
    c.field = field;
    c.value = value;
    return c;
}

Change Change::insertRow(const QString &table, int position, const RowData &row)
{
    Change c;
    c.kind = Kind::InsertRow;
    c.table = table;
    c.rowId = row.id;
    c.position = position;
    c.row = row;
    return c;
}

Change Change::removeRow(const QString &table, qint64 rowId)
{
    Change c;
    c.kind = Kind::RemoveRow;
    c.table = table;
    c.rowId = rowId;
    return c;
}

Change Change::moveRow(const QString &table, qint64 rowId, int position)
{
    Change c;
    c.kind = Kind::MoveRow;
    c.table = table;
    c.rowId = rowId;
    c.position = position;
    return c;
}

std::optional<QString> Change::applyTo(Plan &plan) const
{
    const PlanTable *t = findPlanTable(table);
    if (!t)
        return QCoreApplication::translate("accord::Change", "There is no section called \"%1\".")
            .arg(table);
    const int index = kind == Kind::InsertRow ? -1 : t->indexOfRow(plan, rowId);
    if (kind != Kind::InsertRow && index < 0)
        return QCoreApplication::translate("accord::Change", "Row %1 of %2 no longer exists.")
            .arg(rowId)
            .arg(table);
    switch (kind) {
    case Kind::SetValue: {
        const int f = t->fieldIndex(field);
        if (f < 0)
            return QCoreApplication::translate("accord::Change", "%1 has no field called \"%2\".")
                .arg(table, field);
        if (!t->setValue(plan, index, f, value))
            return QCoreApplication::translate("accord::Change", "%1 is not a valid value for %2.")
                .arg(value.toString(), field);
        return std::nullopt;
    }
    case Kind::InsertRow:
        if (!t->insertRow(plan, position, row))
            return QCoreApplication::translate("accord::Change", "Cannot insert row %1 into %2.")
                .arg(row.id)
                .arg(table);
        return std::nullopt;
    case Kind::RemoveRow:
        t->removeRow(plan, index);
        return std::nullopt;
    case Kind::MoveRow:
        if (!t->moveRow(plan, index, position))
            return QCoreApplication::translate(
                "accord::Change", "Cannot move row %1 of %2 to position %3.")
                .arg(rowId)
                .arg(table)
                .arg(position);
        return std::nullopt;
    }
    return QCoreApplication::translate("accord::Change", "Unknown change.");
}

std::optional<Change> Change::inverse(const Plan &before) const
{
    const PlanTable *t = findPlanTable(table);
    if (!t)
        return std::nullopt;
    const int index = t->indexOfRow(before, rowId);
    switch (kind) {
    case Kind::SetValue: {
        const int f = t->fieldIndex(field);
        if (index < 0 || f < 0)
            return std::nullopt;
        return setValue(table, rowId, field, t->value(before, index, f));
    }
    case Kind::InsertRow:
        return removeRow(table, row.id);
    case Kind::RemoveRow:
        if (index < 0)
            return std::nullopt;
        return insertRow(table, index, t->rowData(before, index));
    case Kind::MoveRow:
        if (index < 0)
            return std::nullopt;
        return moveRow(table, rowId, index);
    }
    return std::nullopt;
}

std::vector<Change> removalWithChildren(const Plan &plan, const QString &table, qint64 rowId)
{
    std::vector<Change> result;
    for (const PlanTable *child : planTables()) {
        if (!child->isCollection())
            continue;
        for (int f = 0; f < int(child->fields().size()); ++f) {
            const FieldInfo &info = child->fields()[std::size_t(f)];
            if (info.kind != FieldKind::Ref || info.refTable != table)
                continue;
            for (int r = 0; r < child->rowCount(plan); ++r) {
                if (child->value(plan, r, f).toLongLong() != rowId)
                    continue;
                const qint64 childId = child->rowId(plan, r);
                if (info.parent) {
                    const auto nested = removalWithChildren(plan, child->name(), childId);
                    result.insert(result.end(), nested.begin(), nested.end());
                } else {
                    result.push_back(
                        Change::setValue(child->name(), childId, info.key, QVariant()));
                }
            }
        }
    }
    result.push_back(Change::removeRow(table, rowId));
    return result;
}

} // namespace accord
