// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldaddress.h"

#include "model/plan.h"

namespace accord {

namespace {

QStringList tableNames()
{
    QStringList names;
    for (const PlanTable *table : planTables())
        names << table->name();
    return names;
}

QStringList fieldNames(const PlanTable &table)
{
    QStringList names;
    for (const FieldInfo &field : table.fields())
        names << field.key;
    return names;
}

} // namespace

QString FieldAddress::toString() const
{
    QString text = table->name();
    if (table->isCollection())
        text += u'#' + QString::number(rowId);
    if (field >= 0)
        text += u'.' + table->fields()[std::size_t(field)].key;
    return text;
}

Result<const PlanTable *> FieldAddress::parseTable(QStringView text)
{
    if (const PlanTable *table = findPlanTable(text))
        return table;
    return Error {tr("There is no table \"%1\" in a plan. Tables: %2.")
                      .arg(text.toString(), tableNames().join(QStringLiteral(", ")))};
}

Result<int> FieldAddress::parseFieldName(const PlanTable &table, QStringView name)
{
    const int field = table.fieldIndex(name);
    if (field >= 0)
        return field;
    return Error {
        tr("The table %1 has no field \"%2\". Fields: %3.")
            .arg(table.name(), name.toString(), fieldNames(table).join(QStringLiteral(", ")))};
}

Result<FieldAddress> FieldAddress::parseRow(const Plan &plan, QStringView text)
{
    const qsizetype hash = text.indexOf(u'#');
    const auto table = parseTable(hash < 0 ? text : text.left(hash));
    if (!table)
        return Error {table.error()};
    FieldAddress address;
    address.table = *table;
    if (!address.table->isCollection()) {
        if (hash >= 0)
            return Error {tr("%1 is a single record: write %1.FIELD, without #ROW.")
                              .arg(address.table->name())};
        address.rowId = address.table->rowId(plan, 0);
        return address;
    }
    if (hash < 0)
        return Error {tr("Name a row of %1 by its id: %1#ROW (accord show PLAN %1 lists them).")
                          .arg(address.table->name())};
    bool ok = false;
    address.rowId = text.mid(hash + 1).toLongLong(&ok);
    if (!ok || address.rowId <= 0)
        return Error {tr("\"%1\" is not a row id: write %2#ROW with the id accord show prints.")
                          .arg(text.mid(hash + 1).toString(), address.table->name())};
    if (address.table->indexOfRow(plan, address.rowId) < 0)
        return Error {
            tr("The plan has no row %1 in %2.").arg(address.rowId).arg(address.table->name())};
    return address;
}

Result<FieldAddress> FieldAddress::parseField(const Plan &plan, QStringView text)
{
    const qsizetype dot = text.lastIndexOf(u'.');
    if (dot < 0)
        return Error {tr("\"%1\" names no field: write TABLE#ROW.FIELD, plan.FIELD or "
                         "account.FIELD.")
                          .arg(text.toString())};
    auto address = parseRow(plan, text.left(dot));
    if (!address)
        return address;
    const auto field = parseFieldName(*address->table, text.mid(dot + 1));
    if (!field)
        return Error {field.error()};
    address->field = *field;
    return address;
}

} // namespace accord
