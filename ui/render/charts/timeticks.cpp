// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeticks.h"

#include "kpichartdata.h"

#include <QLocale>

namespace accord {

namespace {

QList<TimeTick> monthTicks(QDate first, QDate last, int months)
{
    QList<TimeTick> ticks;
    // Steps of several months start on a month the step divides (Jan, Apr, Jul…).
    QDate date(first.year(), first.month(), 1);
    if (date < first)
        date = date.addMonths(1);
    while ((date.month() - 1) % months != 0)
        date = date.addMonths(1);
    const QLocale locale;
    for (bool firstTick = true; date <= last; date = date.addMonths(months), firstTick = false) {
        const bool withYear = firstTick || date.month() <= months;
        ticks.append({chartX(date),
            locale.toString(date, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"))});
    }
    return ticks;
}

QList<TimeTick> dayTicks(QDate first, QDate last, int days)
{
    QList<TimeTick> ticks;
    const QLocale locale;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        // The 1st, then every `days` days while the next is still in the month.
        if ((date.day() - 1) % days != 0 || (days > 1 && date.day() + days > 31))
            continue;
        ticks.append({chartX(date), locale.toString(date, QStringLiteral("d MMM"))});
    }
    return ticks;
}

} // namespace

QList<TimeTick> timeTicks(qreal xMin, qreal xMax, int maxTicks)
{
    const QDate first = chartDate(xMin).addDays(chartX(chartDate(xMin)) < xMin ? 1 : 0);
    const QDate last = chartDate(xMax).addDays(chartX(chartDate(xMax)) > xMax ? -1 : 0);
    if (!first.isValid() || !last.isValid() || last < first || maxTicks < 1)
        return {};
    const qint64 days = first.daysTo(last);
    // Steps that would give far too many marks are not even tried.
    if (days < 62) {
        for (const int step : {1, 2, 7, 14}) {
            if (days / step > maxTicks + 2)
                continue;
            const QList<TimeTick> ticks = dayTicks(first, last, step);
            if (ticks.size() <= maxTicks)
                return ticks;
        }
    }
    const qint64 months = days / 31;
    for (const int step : {1, 2, 3, 6, 12}) {
        if (months / step > maxTicks + 2)
            continue;
        const QList<TimeTick> ticks = monthTicks(first, last, step);
        if (ticks.size() <= maxTicks && !ticks.isEmpty())
            return ticks;
    }
    // Many years: every so many Januaries.
    const int years = int(days / 365 / maxTicks) + 1;
    return monthTicks(first, last, 12 * years);
}

} // namespace accord
