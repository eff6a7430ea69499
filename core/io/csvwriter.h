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
    // A text a spreadsheet would run as a formula - one starting with =, +, -, @, a
    // tab or a carriage return - gets a leading apostrophe, as OWASP recommends
    // against CSV injection; so does one whose leading apostrophes come before such
    // a character, so that CsvReader::text() takes exactly one away. Numbers in
    // numeric columns are not texts: -42 stays a number.
    static QString textCell(const QString &value);
    // Whether text, past any leading apostrophes, starts with a formula character.
    static bool startsLikeFormula(QStringView text);
    static QByteArray record(const QStringList &fields);
};

} // namespace accord
