// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowlabel.h"

#include "fieldtext.h"

#include "model/plan.h"
#include "model/plantable.h"

#include <QStringList>

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
    static const QStringList preferred {QStringLiteral("code"), QStringLiteral("name"),
        QStringLiteral("title"), QStringLiteral("label"), QStringLiteral("topic"),
        QStringLiteral("text"), QStringLiteral("description")};
    for (const QString &key : preferred) {
        const int field = table.fieldIndex(key);
        if (field >= 0) {
            const QString text = fieldText(plan, table, row, field);
            if (!text.isEmpty())
                return text;
        }
    }
    for (int field = 0; field < int(table.fields().size()); ++field) {
        const QString text = fieldText(plan, table, row, field);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

QString RowLabel::of(const Plan &plan, const QString &tableName, qint64 id)
{
    if (id <= 0)
        return {};
    const PlanTable *table = findPlanTable(tableName);
    const int row = table ? table->indexOfRow(plan, id) : -1;
    const QString text = row >= 0 ? preferredText(plan, *table, row) : QString();
    return text.isEmpty() ? QStringLiteral("#%1").arg(id) : text;
}

} // namespace accord
