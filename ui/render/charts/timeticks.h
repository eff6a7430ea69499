// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace accord {

// A labelled mark on a time axis, at chartX() of its date.
struct TimeTick {
    qreal x = 0;
    QString label;
    bool operator==(const TimeTick &) const = default;
};

// The marks of a time axis from xMin to xMax (chartX() values), at most `maxTicks`
// of them, on real calendar boundaries: the first of a month every 1, 2, 3, 6 or
// 12 months ("Jan 2026", then "Feb", "Mar"… with the year again each January), or
// for a span of a few weeks every 1, 2, 7 or 14 days from the first of a month
// ("3 Mar"). The steps are even in the calendar, never in milliseconds, so no month
// is skipped or shown twice.
QList<TimeTick> timeTicks(qreal xMin, qreal xMax, int maxTicks);

} // namespace accord
