// SPDX-License-Identifier: GPL-3.0-or-later
#include "editdescription.h"

#include <QCoreApplication>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::EditDescription", text);
}

} // namespace

QString EditDescription::of(const Change &change)
{
    const PlanTable *table = findPlanTable(change.table);
    const QString section = table ? table->label() : change.table;
    switch (change.kind) {
    case Change::Kind::SetValue: {
        const int f = table ? table->fieldIndex(change.field) : -1;
        QString field = f >= 0 ? table->fields()[std::size_t(f)].translatedLabel() : change.field;
        // "Target date" reads "Change target date"; "NPS" stays "NPS".
        if (field.size() > 1 && field.at(1).isLower())
            field[0] = field.at(0).toLower();
        //: %1 is a field name, e.g. "Change Target date"
        return tr("Change %1").arg(field);
    }
    case Change::Kind::InsertRow:
        //: %1 is a section, e.g. "Add row to Milestones"
        return tr("Add row to %1").arg(section);
    case Change::Kind::RemoveRow:
        return tr("Remove row from %1").arg(section);
    case Change::Kind::MoveRow:
        return tr("Move row in %1").arg(section);
    }
    return {};
}

} // namespace accord
