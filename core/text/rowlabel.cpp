// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowlabel.h"

#include "fieldtext.h"

#include "model/plan.h"
#include "model/plantable.h"

namespace accord {

namespace {

QString fieldText(const Plan &plan, const PlanTable &table, int row, int field)
{
    const FieldInfo &info = table.fields()[std::size_t(field)];
    const QVariant value = table.value(plan, row, field);
    if (info.kind == FieldKind::Ref || FieldText::isEmpty(info, value))
        return {};
    return FieldText::display(info, value).simplified();
}

QString preferredText(const Plan &plan, const PlanTable &table, int row)
{
    if (const int field = table.nameField(); field >= 0) {
        const QString text = fieldText(plan, table, row, field);
        if (!text.isEmpty())
            return text;
    }
    for (int field = 0; field < int(table.fields().size()); ++field) {
        const QString text = fieldText(plan, table, row, field);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

QString RowLabel::of(const Plan &plan, const PlanTable &table, qint64 id)
{
    if (id <= 0)
        return {};
    const int row = table.indexOfRow(plan, id);
    const QString text = row >= 0 ? preferredText(plan, table, row) : QString();
    return text.isEmpty() ? QStringLiteral("#%1").arg(id) : text;
}

QString RowLabel::ofReferenced(const Plan &plan, const FieldInfo &ref, qint64 id)
{
    return of(plan, referencedTable(ref), id);
}

} // namespace accord
