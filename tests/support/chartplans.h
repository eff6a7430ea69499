// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <cmath>

namespace accord::test {

// Plans for the chart tests, the chart benchmark and the chart gallery: one
// outcome with one metric, measured `count` times between its baseline and today.
//   Increase: "Monthly active users", 32 → 80 % (2025-10-01 → 2026-04-01),
//             interim targets "30-day" (day offset 30, 40 %) and "90-day"
//             (dated 2026-01-01, 56 %).
//   Decrease: "Report generation time", 240 → 30 minutes per report
//             (2025-08-15 → 2026-04-01), no interim targets.
inline constexpr MetricId kChartMetric {1};

inline QDate chartToday()
{
    return {2026, 2, 1};
}

inline Plan kpiPlan(Direction direction, int count)
{
    Plan plan;
    plan.outcomes.push_back({OutcomeId(1), QStringLiteral("O1"),
        QStringLiteral("Achieve 80% team adoption across the operations team"), {}, {}, Level::High,
        OutcomeStatus::InProgress});
    Metric m;
    m.id = kChartMetric;
    m.outcome = OutcomeId(1);
    m.direction = direction;
    if (direction == Direction::Increase) {
        m.name = QStringLiteral("Monthly active users");
        m.unit = QStringLiteral("%");
        m.baselineValue = 32;
        m.baselineDate = QDate(2025, 10, 1);
        m.targetValue = 80;
        m.targetDate = QDate(2026, 4, 1);
        plan.interimTargets.push_back({RowId(1), m.id, QStringLiteral("30-day"), 30, {}, 40, {}});
        plan.interimTargets.push_back(
            {RowId(2), m.id, QStringLiteral("90-day"), {}, QDate(2026, 1, 1), 56, {}});
    } else {
        m.name = QStringLiteral("Report generation time");
        m.unit = QStringLiteral("minutes per report");
        m.baselineValue = 240;
        m.baselineDate = QDate(2025, 8, 15);
        m.targetValue = 30;
        m.targetDate = QDate(2026, 4, 1);
    }
    plan.metrics.push_back(m);
    // Readings spread from the baseline date to today, heading for the target with
    // a deterministic wobble, entered newest first so that sorting matters.
    const qint64 days = m.baselineDate.daysTo(chartToday());
    const double start = *m.baselineValue;
    const double goal = *m.targetValue;
    for (int i = count - 1; i >= 0; --i) {
        const double share = count == 1 ? 0.5 : double(i + 1) / count;
        Measurement r;
        r.id = RowId(i + 1);
        r.metric = m.id;
        r.date = m.baselineDate.addDays(qint64(std::llround(share * double(days))));
        r.value = start + (goal - start) * share * 0.7
            + std::sin(i * 1.7) * std::abs(goal - start) * 0.03;
        plan.measurements.push_back(r);
    }
    return plan;
}

} // namespace accord::test
