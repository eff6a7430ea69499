// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace accord {

class IcsWriter;
struct Plan;

// A plan's dates as an RFC 5545 iCalendar file: one all-day VEVENT per milestone
// with a target date, per dated review and for the plan's next review. UIDs are
// stable across exports ("milestone-<plan id>-<row id>@accord", "review-…",
// "next-review-<plan id>@accord"), so a calendar that subscribes to or re-imports
// the file updates events instead of duplicating them. `stamp` is the DTSTAMP of
// every event (injectable for tests).
class IcsExporter {
public:
    static QByteArray exportPlan(
        const Plan &plan, const QDateTime &stamp = QDateTime::currentDateTimeUtc());

private:
    static void milestones(IcsWriter &out, const Plan &plan, const QDateTime &stamp);
    static void reviews(IcsWriter &out, const Plan &plan, const QDateTime &stamp);
    static void nextReview(IcsWriter &out, const Plan &plan, const QDateTime &stamp);
};

inline QByteArray exportPlanIcs(
    const Plan &plan, const QDateTime &stamp = QDateTime::currentDateTimeUtc())
{
    return IcsExporter::exportPlan(plan, stamp);
}

} // namespace accord
