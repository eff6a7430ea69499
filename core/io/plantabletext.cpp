// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantabletext.h"

#include "fieldtext.h"
#include "rowlabel.h"

#include "model/plan.h"
#include "model/plantable.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord {

namespace {

bool neverShown(const PlanTable &table, const FieldInfo &field)
{
    return table.name() == u"sign_off" && field.key == u"snapshot";
}

} // namespace

PlanTableText::PlanTableText(const Plan &plan)
    : m_plan(plan)
{
}

QString PlanTableText::text(const PlanTable &table, int row, int field) const
{
    const FieldInfo &info = table.fields()[std::size_t(field)];
    const QVariant value = table.value(m_plan, row, field);
    if (info.kind == FieldKind::Ref)
        return RowLabel::of(m_plan, info.refTable, value.toLongLong());
    return FieldText::display(info, value);
}

bool PlanTableText::hasValue(const PlanTable &table, int row, int field) const
{
    return !FieldText::isEmpty(table.fields()[std::size_t(field)], table.value(m_plan, row, field));
}

QList<int> PlanTableText::columns(const PlanTable &table, const QStringList &shown) const
{
    QList<int> result;
    for (int f = 0; f < int(table.fields().size()); ++f) {
        const FieldInfo &info = table.fields()[std::size_t(f)];
        if (shown.contains(info.key) || neverShown(table, info))
            continue;
        for (int r = 0; r < table.rowCount(m_plan); ++r) {
            if (hasValue(table, r, f)) {
                result << f;
                break;
            }
        }
    }
    return result;
}

TextTable PlanTableText::record(const PlanTable &table, const QList<int> &fields) const
{
    TextTable result;
    result.header = QStringList {QCoreApplication::translate("accord::Export", "Field"),
        QCoreApplication::translate("accord::Export", "Value")};
    for (int f : fields)
        result.rows << QStringList {
            table.fields()[std::size_t(f)].translatedLabel(), text(table, 0, f)};
    return result;
}

QStringList PlanTableText::cells(
    const PlanTable &table, int row, const QList<int> &fields, const Layout &layout) const
{
    QStringList result;
    if (table.fieldIndex(layout.labelKey) >= 0)
        result << RowLabel::of(m_plan, table.name(), table.rowId(m_plan, row));
    for (int f : fields)
        result << text(table, row, f);
    if (layout.extraValue)
        result << layout.extraValue(row);
    return result;
}

TextTable PlanTableText::table(const PlanTable &table, const Layout &layout) const
{
    QList<int> fields = columns(table, layout.shown);
    if (fields.isEmpty())
        return {};
    if (!table.isCollection())
        return record(table, fields);
    const QList<int> valueFields = fields;
    const int label = table.fieldIndex(layout.labelKey);
    fields.removeAll(label);
    TextTable result;
    if (label >= 0)
        result.header << table.fields()[std::size_t(label)].translatedLabel();
    for (int f : fields)
        result.header << table.fields()[std::size_t(f)].translatedLabel();
    if (layout.extraValue)
        result.header << layout.extraHeader;
    if (label < 0) { // the column RowLabel names a row by
        for (const char *key : {"code", "name", "title", "label", "topic", "text", "description"}) {
            const qsizetype at = fields.indexOf(table.fieldIndex(QString::fromLatin1(key)));
            if (at >= 0) {
                result.keyColumn = int(at);
                break;
            }
        }
    }
    for (int r = 0; r < table.rowCount(m_plan); ++r) {
        if (std::any_of(valueFields.cbegin(), valueFields.cend(),
                [&](int f) { return hasValue(table, r, f); }))
            result.rows << cells(table, r, fields, layout);
    }
    return result;
}

TextTable PlanTableText::table(const QString &tableName, const Layout &layout) const
{
    const PlanTable *found = findPlanTable(tableName);
    return found ? table(*found, layout) : TextTable();
}

QStringList PlanTableText::blankHeader(
    const PlanTable &table, const QStringList &shown, int maxColumns)
{
    QStringList header;
    for (const FieldInfo &info : table.fields()) {
        if (header.size() == maxColumns)
            break;
        if (shown.contains(info.key) || neverShown(table, info) || info.parent)
            continue;
        header << info.translatedLabel();
    }
    return header;
}

} // namespace accord
