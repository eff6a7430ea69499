// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace accord {

// Writes CSV as RFC 4180 defines it: fields separated by commas, records ended by
// CRLF, a field in double quotes (inner quotes doubled) when it contains a comma,
// a quote, a line break or leading/trailing spaces. UTF-8 without a byte-order mark.
class CsvWriter {
public:
    static QString field(const QString &value);
    static QByteArray record(const QStringList &fields);
};

} // namespace accord
