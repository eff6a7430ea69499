// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlimits.h"

#include <QCoreApplication>

namespace accord {

QString ImportLimits::sizeError(qint64 size)
{
    return QCoreApplication::translate(
        "accord::Import", "expected at most %1 bytes (%2 MiB), found %3 bytes")
        .arg(maxBytes)
        .arg(maxBytes >> 20)
        .arg(size);
}

} // namespace accord
