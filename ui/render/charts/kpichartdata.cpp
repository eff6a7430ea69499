// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpichartdata.h"

#include "model/plan.h"
#include "palette.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::KpiChart", text);
}

// A value that can be drawn: set, and neither infinite nor NaN.
std::optional<double> finite(std::optional<double> value)
{
    return value && std::isfinite(*value) ? value : std::nullopt;
}

QList<QPointF> sortedMeasurements(const Plan &plan, MetricId metric)
{
    std::vector<const Measurement *> rows;
    for (const Measurement &m : plan.measurements) {
        if (m.metric == metric && m.date.isValid() && m.value && std::isfinite(*m.value))
            rows.push_back(&m);
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const Measurement *a, const Measurement *b) { return a->date < b->date; });
    QList<QPointF> points;
    points.reserve(qsizetype(rows.size()));
    for (const Measurement *m : rows)
        points.append({chartX(m->date), *m->value});
    return points;
}

void addInterims(KpiChartData &data, const Plan &plan, const Metric &metric)
{
    for (const InterimTarget &it : plan.interimTargets) {
        if (it.metric != metric.id || !finite(it.value))
            continue;
        QDate date = it.date;
        if (!date.isValid() && it.dayOffset && metric.baselineDate.isValid())
            date = metric.baselineDate.addDays(*it.dayOffset);
        if (!date.isValid())
            continue;
        QString label = it.label.simplified();
        if (label.isEmpty())
            label = it.dayOffset ? tr("day %1").arg(*it.dayOffset) : QLocale().toString(date);
        data.interims.push_back({{chartX(date), *it.value}, label});
    }
}

void setTimeRange(KpiChartData &data, QDate today)
{
    QList<qreal> xs;
    for (const QPointF &p : std::as_const(data.measurements))
        xs.append(p.x());
    if (data.baseline)
        xs.append(data.baseline->x());
    if (data.targetPoint)
        xs.append(data.targetPoint->x());
    for (const auto &it : data.interims)
        xs.append(it.point.x());
    data.hasDates = !xs.isEmpty();
    constexpr qreal day = 24.0 * 3600 * 1000;
    if (!data.hasDates) {
        const qreal now = chartX(today.isValid() ? today : QDate::currentDate());
        data.xMin = now - 30 * day;
        data.xMax = now + 30 * day;
        return;
    }
    const auto [low, high] = std::minmax_element(xs.cbegin(), xs.cend());
    const qreal span = *high - *low;
    const qreal pad = span > 0 ? std::max(span * 0.04, 3 * day) : 30 * day;
    data.xMin = *low - pad;
    data.xMax = *high + pad;
}

} // namespace

QList<double> KpiChartData::values() const
{
    QList<double> result;
    result.reserve(measurements.size() + 4 + qsizetype(interims.size()));
    for (const QPointF &p : measurements)
        result.append(p.y());
    if (baseline)
        result.append(baseline->y());
    if (target)
        result.append(*target);
    for (const Interim &it : interims)
        result.append(it.point.y());
    return result;
}

KpiChartData kpiChartData(const Plan &plan, const Metric &metric, QDate today)
{
    KpiChartData data;
    data.name = metric.name;
    data.unit = metric.unit;
    data.direction = metric.direction;
    data.measurements = sortedMeasurements(plan, metric.id);
    if (finite(metric.baselineValue) && metric.baselineDate.isValid())
        data.baseline = QPointF(chartX(metric.baselineDate), *metric.baselineValue);
    data.target = finite(metric.targetValue);
    if (data.target && metric.targetDate.isValid())
        data.targetPoint = QPointF(chartX(metric.targetDate), *data.target);
    addInterims(data, plan, metric);
    if (data.baseline && data.targetPoint && data.targetPoint->x() > data.baseline->x())
        data.expected = {*data.baseline, *data.targetPoint};
    data.progress = metricProgress(plan, metric, today);
    setTimeRange(data, today);
    return data;
}

qreal chartX(QDate date)
{
    // Noon of the day in local time, by arithmetic: converting thousands of dates
    // through the time-zone database costs more than drawing them. Daylight saving
    // moves noon by an hour at most, which never changes the day shown.
    static const qint64 localOffset = QDateTime::currentDateTime().offsetFromUtc();
    const qint64 noonUtc = QDate(1970, 1, 1).daysTo(date) * 86400 + 12 * 3600;
    return qreal((noonUtc - localOffset) * 1000);
}

QDate chartDate(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x)).date();
}

QString kpiProgressText(const MetricProgress &p)
{
    switch (p.problem) {
    case ProgressProblem::NoBaseline:
        return tr("no baseline");
    case ProgressProblem::NoTarget:
        return p.measured ? tr("no target") : tr("no measurements yet");
    case ProgressProblem::TargetEqualsBaseline:
        return tr("target equals the baseline");
    case ProgressProblem::DirectionContradictsTarget:
        return tr("target contradicts the direction");
    case ProgressProblem::None:
        break;
    }
    if (!p.measured)
        return tr("no measurements yet");
    const double value = finite(p.percent).value_or(0);
    const QString percent = tr("%1 %").arg(qRound(value));
    if (p.targetReached)
        return tr("%1 · target reached").arg(percent);
    switch (p.pace) {
    case Pace::OnTrack:
        return tr("%1 · on track").arg(percent);
    case Pace::Behind:
        return tr("%1 · behind").arg(percent);
    case Pace::Unknown:
        break;
    }
    return percent;
}

QColor kpiProgressColour(const MetricProgress &p)
{
    if (p.problem != ProgressProblem::None || !p.measured)
        return Palette::muted().darker(115);
    if (p.targetReached || p.pace == Pace::OnTrack)
        return Palette::onTrack();
    if (p.pace == Pace::Behind)
        return Palette::behind();
    return Palette::ink();
}

QString kpiValueAxisTitle(const KpiChartData &data)
{
    const QString unit = data.unit.simplified();
    if (data.direction == Direction::Decrease)
        return unit.isEmpty() ? tr("lower is better") : tr("%1 (lower is better)").arg(unit);
    return unit.isEmpty() ? tr("Value") : unit;
}

} // namespace accord
