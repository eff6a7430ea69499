// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownplantable.h"

#include "fieldtext.h"
#include "markdowntext.h"
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

MarkdownPlanTable::MarkdownPlanTable(const Plan &plan)
    : m_plan(plan)
{
}

QString MarkdownPlanTable::text(const PlanTable &table, int row, int field) const
{
    const FieldInfo &info = table.fields()[std::size_t(field)];
    const QVariant value = table.value(m_plan, row, field);
    if (info.kind == FieldKind::Ref)
        return RowLabel::of(m_plan, info.refTable, value.toLongLong());
    return FieldText::display(info, value);
}

bool MarkdownPlanTable::hasValue(const PlanTable &table, int row, int field) const
{
    return !FieldText::isEmpty(table.fields()[std::size_t(field)], table.value(m_plan, row, field));
}

QList<int> MarkdownPlanTable::columns(const PlanTable &table, const QStringList &shown) const
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

QString MarkdownPlanTable::renderRecord(const PlanTable &table, const QList<int> &fields) const
{
    QList<QStringList> rows;
    for (int f : fields)
        rows << QStringList {table.fields()[std::size_t(f)].translatedLabel(), text(table, 0, f)};
    const QStringList header {QCoreApplication::translate("accord::Export", "Field"),
        QCoreApplication::translate("accord::Export", "Value")};
    return MarkdownText::table(header, rows).join(u'\n');
}

QStringList MarkdownPlanTable::cells(
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

QString MarkdownPlanTable::render(const PlanTable &table, const Layout &layout) const
{
    QList<int> fields = columns(table, layout.shown);
    if (fields.isEmpty())
        return {};
    if (!table.isCollection())
        return renderRecord(table, fields);
    const int label = table.fieldIndex(layout.labelKey);
    fields.removeAll(label);
    QStringList header;
    if (label >= 0)
        header << table.fields()[std::size_t(label)].translatedLabel();
    for (int f : fields)
        header << table.fields()[std::size_t(f)].translatedLabel();
    if (layout.extraValue)
        header << layout.extraHeader;
    const QList<int> valueFields = columns(table, layout.shown);
    QList<QStringList> rows;
    for (int r = 0; r < table.rowCount(m_plan); ++r) {
        if (std::any_of(valueFields.cbegin(), valueFields.cend(),
                [&](int f) { return hasValue(table, r, f); }))
            rows << cells(table, r, fields, layout);
    }
    return MarkdownText::table(header, rows).join(u'\n');
}

QString MarkdownPlanTable::render(const QString &tableName, const Layout &layout) const
{
    const PlanTable *table = findPlanTable(tableName);
    return table ? render(*table, layout) : QString();
}

} // namespace accord
