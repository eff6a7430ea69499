// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/id.h"
#include "rules/metricprogress.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace accord {

struct Metric;
struct Plan;

// What a KPI chart shows of one metric, as points (x = the date's local noon in
// milliseconds since the epoch, as QDateTimeAxis expects; y = the value), worked
// out apart from any chart so that it can be checked on its own.
struct KpiChartData {
    struct Interim {
        QPointF point;
        QString label; // "30-day"
    };

    QString name;
    QString unit;
    Direction direction = Direction::Increase;
    QList<QPointF> measurements; // dated ones, by date (entry order on equal dates)
    std::optional<QPointF> baseline; // with both a date and a value
    std::optional<double> target;
    std::optional<QPointF> targetPoint; // the target at its date
    std::vector<Interim> interims; // with a value and a date (or a day after the baseline)
    QList<QPointF> expected; // baseline to target, when both are dated
    MetricProgress progress;
    bool hasDates = false; // anything at all can be placed on a time axis
    qreal xMin = 0; // the padded time range
    qreal xMax = 0;
    QList<double> values() const; // every value the chart shows
};

// Measurement markers help with a few readings and clutter a long series.
inline constexpr qsizetype kMaxMarkedMeasurements = 60;

KpiChartData kpiChartData(const Plan &plan, const Metric &metric, QDate today);

// The x coordinate of a date, and back.
qreal chartX(QDate date);
QDate chartDate(qreal x);

// The line under a KPI chart's title: "62 % · on track", "behind", "target
// reached", "no baseline", "no measurements yet"…, and the colour it is shown in.
QString kpiProgressText(const MetricProgress &progress);
QColor kpiProgressColour(const MetricProgress &progress);

// The title of the value axis: the unit, and "lower is better" for a metric to
// decrease (its axis is reversed).
QString kpiValueAxisTitle(const KpiChartData &data);

} // namespace accord
