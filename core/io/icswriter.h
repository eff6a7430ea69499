// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace accord {

// Writes iCalendar content lines as RFC 5545 requires: CRLF line ends, lines longer
// than 75 octets folded (CRLF and a space) without splitting a UTF-8 character,
// TEXT values escaped.
class IcsWriter {
public:
    // A property whose value is written as given ("DTSTART;VALUE=DATE", "20260401").
    void raw(const QString &nameAndParameters, const QString &value);
    // A TEXT property; empty values are left out.
    void text(const QString &name, const QString &value);
    void date(const QString &name, QDate date); // NAME;VALUE=DATE:YYYYMMDD
    void utc(const QString &name, const QDateTime &time); // NAME:YYYYMMDDTHHMMSSZ

    QByteArray data() const { return m_data; }

    // Backslash, semicolon and comma escaped, line breaks (CRLF, CR, LF) as "\n".
    static QString escapeText(const QString &text);
    // One content line (without line end) as folded CRLF-terminated octets.
    static QByteArray fold(const QByteArray &line);

private:
    QByteArray m_data;
};

} // namespace accord
