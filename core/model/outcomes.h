// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// A business outcome the customer expects (desired outcomes, objectives).
struct Outcome {
    OutcomeId id;
    QString code; // O1, O2…
    QString description;
    QString businessValue;
    QString soThat; // "so that the customer can…"
    Level priority = Level::High;
    OutcomeStatus status = OutcomeStatus::NotStarted;
};

// How an outcome is measured (key success metrics, baseline/target, success metrics).
struct Metric {
    MetricId id;
    OutcomeId outcome; // 0 = a plan-level metric
    QString name;
    QString unit;
    Direction direction = Direction::Increase;
    std::optional<double> baselineValue;
    QString baselineText; // as written: "4 hours per report"
    QDate baselineDate;
    QString baselineSource;
    std::optional<double> targetValue;
    QString targetText;
    QDate targetDate;
    QString dataSource;
};

// A 30/60/90-day or dated checkpoint on the way to a metric's target.
struct InterimTarget {
    RowId id;
    MetricId metric;
    QString label; // "30-day"
    std::optional<int> dayOffset;
    QDate date;
    std::optional<double> value;
    QString text;
};

// A dated reading of a metric.
struct Measurement {
    RowId id;
    MetricId metric;
    QDate date;
    std::optional<double> value; // unset until read
    QString note;
    ReviewId review; // the review it was read in, if any
    bool noteInternal = false;
};

// An early sign that the plan is on track.
struct LeadingIndicator {
    RowId id;
    QString text;
    QDate targetDate;
    bool met = false;
};

template<> const RowMeta<Outcome> &rowMeta<Outcome>();
template<> const RowMeta<Metric> &rowMeta<Metric>();
template<> const RowMeta<InterimTarget> &rowMeta<InterimTarget>();
template<> const RowMeta<Measurement> &rowMeta<Measurement>();
template<> const RowMeta<LeadingIndicator> &rowMeta<LeadingIndicator>();

} // namespace accord
