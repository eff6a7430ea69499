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

// A sign-off's snapshot is machine text; fields already laid out elsewhere.
bool leftOut(const PlanTable &table, int field, const std::vector<FieldRef> &shown)
{
    const FieldRef ref {&table, field};
    return ref == fieldOf<&SignOff::snapshot>()
        || std::find(shown.begin(), shown.end(), ref) != shown.end();
}

} // namespace

PlanTableText::PlanTableText(const Plan &plan, Audience audience)
    : m_plan(plan)
    , m_audience(audience)
{
}

QString PlanTableText::text(const PlanTable &table, int row, int field) const
{
    const FieldInfo &info = table.fields()[std::size_t(field)];
    const QVariant value = table.value(m_plan, row, field);
    if (info.kind == FieldKind::Ref)
        return RowLabel::ofReferenced(m_plan, info, value.toLongLong());
    return FieldText::display(info, value);
}

bool PlanTableText::hasValue(const PlanTable &table, int row, int field) const
{
    return !FieldText::isEmpty(table.fields()[std::size_t(field)], table.value(m_plan, row, field));
}

QList<int> PlanTableText::columns(const PlanTable &table, const std::vector<FieldRef> &shown) const
{
    QList<int> result;
    const bool forCustomer = m_audience == Audience::Joint;
    for (int f = 0; f < int(table.fields().size()); ++f) {
        if (leftOut(table, f, shown)
            || (forCustomer && table.fields()[std::size_t(f)].audience == Audience::Internal))
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
    if (layout.label.table == &table)
        result << RowLabel::of(m_plan, table, table.rowId(m_plan, row));
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
    const int label = layout.label.table == &table ? layout.label.index : -1;
    fields.removeAll(label);
    TextTable result;
    if (label >= 0)
        result.header << table.fields()[std::size_t(label)].translatedLabel();
    for (int f : fields)
        result.header << table.fields()[std::size_t(f)].translatedLabel();
    if (layout.extraValue)
        result.header << layout.extraHeader;
    if (label < 0) { // the column RowLabel names a row by
        const qsizetype at = fields.indexOf(table.nameField());
        if (at >= 0)
            result.keyColumn = int(at);
    }
    for (int r = 0; r < table.rowCount(m_plan); ++r) {
        if (std::any_of(valueFields.cbegin(), valueFields.cend(),
                [&](int f) { return hasValue(table, r, f); }))
            result.rows << cells(table, r, fields, layout);
    }
    return result;
}

QStringList PlanTableText::blankHeader(
    const PlanTable &table, const std::vector<FieldRef> &shown, int maxColumns)
{
    QStringList header;
    for (int f = 0; f < int(table.fields().size()); ++f) {
        const FieldInfo &info = table.fields()[std::size_t(f)];
        if (header.size() == maxColumns)
            break;
        // a form filled in with the customer has no column for the vendor's view
        if (leftOut(table, f, shown) || info.parent || info.audience == Audience::Internal)
            continue;
        header << info.translatedLabel();
    }
    return header;
}

} // namespace accord
