// SPDX-License-Identifier: GPL-3.0-or-later
#include "localminutes.h"

#include <limits>

namespace accord {

namespace {

// n's last count digits at to, and the place after them.
char16_t *digits(char16_t *to, qint64 n, int count)
{
    for (int i = count - 1; i >= 0; --i, n /= 10)
        to[i] = char16_t(u'0' + n % 10);
    return to + count;
}

} // namespace

LocalMinutes::LocalMinutes(const QTimeZone &zone)
    : m_zone(zone)
{
}

void LocalMinutes::append(QString &out, const QDateTime &at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    if (ms < m_from || ms >= m_to)
        lookUp(at);
    const auto floorDiv = [](qint64 n, qint64 d) { return (n >= 0 ? n : n - d + 1) / d; };
    const qint64 local = floorDiv(ms, 1000) + m_offset;
    const qint64 days = floorDiv(local, 86400);
    const qint64 minutes = (local - days * 86400) / 60;
    constexpr qint64 kJulianDay1970 = 2440588;
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(days + kJulianDay1970).getDate(&year, &month, &day);
    char16_t text[16];
    char16_t *end = digits(text, year, 4);
    *end++ = u'-';
    end = digits(end, month, 2);
    *end++ = u'-';
    end = digits(end, day, 2);
    *end++ = u' ';
    end = digits(end, minutes / 60, 2);
    *end++ = u':';
    end = digits(end, minutes % 60, 2);
    out.append(reinterpret_cast<const QChar *>(text), end - text);
}

void LocalMinutes::lookUp(const QDateTime &at)
{
    m_offset = m_zone.isValid() ? m_zone.offsetFromUtc(at) : at.toLocalTime().offsetFromUtc();
    m_from = m_to = at.toMSecsSinceEpoch();
    ++m_to; // without the zone's transitions, this instant only
    if (!m_zone.isValid() || !m_zone.hasTransitions())
        return;
    const QTimeZone::OffsetData before = m_zone.previousTransition(at.addMSecs(1));
    const QTimeZone::OffsetData after = m_zone.nextTransition(at);
    m_from = before.atUtc.isValid() ? before.atUtc.toMSecsSinceEpoch()
                                    : std::numeric_limits<qint64>::min();
    m_to = after.atUtc.isValid() ? after.atUtc.toMSecsSinceEpoch()
                                 : std::numeric_limits<qint64>::max();
}

} // namespace accord
