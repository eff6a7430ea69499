// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace accord {

// Instants written "YYYY-MM-DD HH:MM" in the computer's time zone, many of them:
// the zone's offset is looked up once for each span between its transitions
// (QDateTime's own conversion reads the zone anew for each instant and costs
// more than all the rest of a line of accord log), and the day is worked out
// from the count of days (QDate's Julian day).
class LocalMinutes {
public:
    explicit LocalMinutes(const QTimeZone &zone = QTimeZone::systemTimeZone());

    void append(QString &out, const QDateTime &at);

private:
    void lookUp(const QDateTime &at);

    QTimeZone m_zone;
    int m_offset = 0;
    qint64 m_from = 0; // [m_from, m_to): the instants (ms since 1970) of m_offset
    qint64 m_to = 0;
};

} // namespace accord
