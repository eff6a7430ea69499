// SPDX-License-Identifier: GPL-3.0-or-later
#include "editdescription.h"

#include <QCoreApplication>

namespace accord {

QString EditDescription::of(const Change &change)
{
    const QString section = change.table ? change.table->label() : QString();
    switch (change.kind) {
    case Change::Kind::SetValue: {
        QString field = change.fieldInfo().translatedLabel();
        // "Target date" reads "Change target date"; "NPS" stays "NPS".
        if (field.size() > 1 && field.at(1).isLower())
            field[0] = field.at(0).toLower();
        //: %1 is a field name, e.g. "Change Target date"
        return QCoreApplication::translate("accord::EditDescription", "Change %1").arg(field);
    }
    case Change::Kind::InsertRow:
        //: %1 is a section, e.g. "Add row to Milestones"
        return QCoreApplication::translate("accord::EditDescription", "Add row to %1").arg(section);
    case Change::Kind::RemoveRow:
        return QCoreApplication::translate("accord::EditDescription", "Remove row from %1")
            .arg(section);
    case Change::Kind::MoveRow:
        return QCoreApplication::translate("accord::EditDescription", "Move row in %1")
            .arg(section);
    }
    return {};
}

} // namespace accord
