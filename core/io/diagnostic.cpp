// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <QCoreApplication>

namespace accord {

QString Diagnostic::toString() const
{
    QString where = file;
    if (pos.isValid())
        where = QCoreApplication::translate("accord::Import", "%1:%2:%3").arg(file).arg(pos.line).arg(pos.column);
    if (path.isEmpty())
        return QCoreApplication::translate("accord::Import", "%1: %2").arg(where, message);
    return QCoreApplication::translate("accord::Import", "%1: %2 (at %3)").arg(where, message, path);
}

} // namespace accord
