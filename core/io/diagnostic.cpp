// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord {

SourcePos SourcePos::at(const QByteArray &utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    SourcePos pos {1, 1};
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((byte & 0xc0) != 0x80) { // not a UTF-8 continuation byte
            ++pos.column;
        }
    }
    return pos;
}

QString Diagnostic::toString() const
{
    QString where = file;
    if (pos.isValid())
        where = QCoreApplication::translate("accord::Import", "%1:%2:%3")
                    .arg(file)
                    .arg(pos.line)
                    .arg(pos.column);
    if (path.isEmpty())
        return QCoreApplication::translate("accord::Import", "%1: %2").arg(where, message);
    return QCoreApplication::translate("accord::Import", "%1: %2 (at %3)")
        .arg(where, message, path);
}

} // namespace accord
