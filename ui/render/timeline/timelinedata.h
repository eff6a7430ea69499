// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmap.h"

#include <QDate>

#include <vector>

namespace accord {

struct Plan;

// One milestone as the timeline shows it.
struct TimelineMilestone {
    Milestone milestone;
    QDate from; // the drawn span; from == to draws a diamond
    QDate to;
    QDate forecast; // set only when the slip forecast lies after `to`
    int slipDays = 0; // days from the target date to the forecast
    bool diamond = false;
    bool overdue = false;
    bool pastRenewal = false; // slipsPastRenewal() of slipforecast.h
    int band = 0;
    QString label; // "name · owner"

    QDate end() const { return forecast.isValid() ? forecast : to; }
};

// One horizontal band: a phase, or the milestones without one.
struct TimelineBand {
    PhaseId phase; // invalid for the band of milestones without a phase
    QString title;
    QString detail; // timeframe, completion, undated milestones
};

// A dated vertical line: today, the renewal, a review.
struct TimelineMarker {
    enum class Kind { Today, Renewal, Review, NextReview };
    Kind kind = Kind::Today;
    QDate date;
    QString label;
};

// What the timeline of a plan shows, before any geometry: bands in phase order,
// dated milestones grouped by band and sorted by date, markers by date.
struct TimelineData {
    QDate today;
    QDate earliest; // the first and last date anything is drawn at
    QDate latest;
    std::vector<TimelineBand> bands;
    std::vector<TimelineMilestone> milestones;
    std::vector<TimelineMarker> markers;

    static TimelineData fromPlan(const Plan &plan, QDate today);

    // The index in `milestones` of the milestone with this id, or -1.
    int indexOf(RowId id) const;
};

} // namespace accord
