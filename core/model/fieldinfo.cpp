// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldinfo.h"

#include <QCoreApplication>

namespace accord {

QString FieldInfo::translatedLabel() const
{
    return QCoreApplication::translate("accord::Field", label);
}

} // namespace accord
