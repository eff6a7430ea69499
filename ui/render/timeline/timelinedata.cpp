// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedata.h"

#include "model/enuminfo.h"
#include "model/plan.h"
#include "rules/milestonerules.h"
#include "rules/slipforecast.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>

namespace accord {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("accord::Timeline", text, disambiguation, n);
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString phaseDetail(const Plan &plan, const Phase &phase)
{
    QStringList parts;
    if (!phase.timeframe.trimmed().isEmpty())
        parts << phase.timeframe.trimmed();
    const MilestoneCompletion done = phaseProgress(plan, phase.id);
    if (done.percent)
        parts << tr("%1% complete (%2 of %3)")
                     .arg(qRound(*done.percent))
                     .arg(done.complete)
                     .arg(done.counted);
    else
        parts << tr("no milestones");
    return parts.join(QStringLiteral(" · "));
}

QString labelOf(const Milestone &m)
{
    const QString name
        = m.name.trimmed().isEmpty() ? tr("(unnamed milestone)") : m.name.simplified();
    if (m.owner.trimmed().isEmpty())
        return name;
    return tr("%1 · %2").arg(name, m.owner.simplified());
}

// Short enough for a marker: "QBR" rather than "Quarterly business review".
QString reviewLabel(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Qbr:
        return tr("QBR");
    case ReviewKind::AdHoc:
        return tr("Review");
    default:
        return enumLabel(kind);
    }
}

void addMarkers(TimelineData &data, const Plan &plan)
{
    data.markers.push_back({TimelineMarker::Kind::Today, data.today, tr("Today")});
    if (plan.account.renewalDate.isValid())
        data.markers.push_back({TimelineMarker::Kind::Renewal, plan.account.renewalDate,
            tr("Renewal %1").arg(shortDate(plan.account.renewalDate))});
    QList<QDate> reviewDates;
    for (const Review &r : plan.reviews) {
        if (!r.date.isValid())
            continue;
        reviewDates << r.date;
        data.markers.push_back({TimelineMarker::Kind::Review, r.date,
            tr("%1 %2", "review kind, date").arg(reviewLabel(r.kind), shortDate(r.date))});
    }
    const QDate next = plan.header.nextReview;
    if (next.isValid() && !reviewDates.contains(next))
        data.markers.push_back(
            {TimelineMarker::Kind::NextReview, next, tr("Next review %1").arg(shortDate(next))});
    std::stable_sort(data.markers.begin(), data.markers.end(),
        [](const TimelineMarker &a, const TimelineMarker &b) { return a.date < b.date; });
}

TimelineMilestone placed(const Milestone &m, QDate today)
{
    TimelineMilestone t;
    t.milestone = m;
    t.from = m.start.isValid() ? m.start : m.targetDate;
    t.to = m.targetDate.isValid() ? m.targetDate : m.start;
    if (t.from > t.to)
        std::swap(t.from, t.to);
    t.diamond = t.from == t.to;
    t.overdue = isOverdue(m, today);
    t.label = labelOf(m);
    return t;
}

} // namespace

TimelineData TimelineData::fromPlan(const Plan &plan, QDate today)
{
    TimelineData data;
    data.today = today;
    std::map<qint64, int> bandOfPhase;
    std::vector<int> undated(plan.phases.size() + 1, 0);
    for (const Phase &phase : plan.phases) {
        bandOfPhase[phase.id.value] = int(data.bands.size());
        data.bands.push_back({phase.id, phase.name.simplified(), phaseDetail(plan, phase)});
    }
    const int unphased = int(data.bands.size());
    std::map<qint64, MilestoneForecast> forecasts;
    for (const MilestoneForecast &f : forecastMilestones(plan, today))
        forecasts[f.milestone.value] = f;

    for (const Milestone &m : plan.milestones) {
        const auto phase = bandOfPhase.find(m.phase.value);
        const int band = phase == bandOfPhase.end() ? unphased : phase->second;
        if (!m.start.isValid() && !m.targetDate.isValid()) {
            ++undated[std::size_t(band)];
            continue;
        }
        TimelineMilestone t = placed(m, today);
        t.band = band;
        t.pastRenewal = slipsPastRenewal(plan, m, today);
        if (const auto f = forecasts.find(m.id.value);
            f != forecasts.end() && f->second.forecast > t.to) {
            t.forecast = f->second.forecast;
            t.slipDays = f->second.slipDays;
        }
        data.milestones.push_back(std::move(t));
    }
    const bool anyUnphased = undated[std::size_t(unphased)] > 0
        || std::any_of(data.milestones.cbegin(), data.milestones.cend(),
            [unphased](const TimelineMilestone &t) { return t.band == unphased; });
    if (anyUnphased || data.bands.empty())
        data.bands.push_back(
            {PhaseId(), plan.phases.empty() ? tr("Milestones") : tr("Without a phase"), {}});
    for (std::size_t b = 0; b < data.bands.size(); ++b) {
        if (undated[b] == 0)
            continue;
        QString &detail = data.bands[b].detail;
        const QString note = tr("%n undated (not shown)", nullptr, undated[b]);
        detail = detail.isEmpty() ? note : detail + QStringLiteral(" · ") + note;
    }
    std::stable_sort(data.milestones.begin(), data.milestones.end(),
        [](const TimelineMilestone &a, const TimelineMilestone &b) {
            return a.band != b.band ? a.band < b.band : a.from < b.from;
        });

    addMarkers(data, plan);
    QDate first = today, last = today;
    const auto include = [&](QDate d) {
        if (d.isValid()) {
            first = std::min(first, d);
            last = std::max(last, d);
        }
    };
    include(plan.account.contractStart);
    for (const TimelineMilestone &t : data.milestones) {
        include(t.from);
        include(t.end());
    }
    for (const TimelineMarker &marker : data.markers)
        include(marker.date);
    data.earliest = first;
    data.latest = last;
    return data;
}

int TimelineData::indexOf(RowId id) const
{
    for (std::size_t i = 0; i < milestones.size(); ++i) {
        if (milestones[i].milestone.id == id)
            return int(i);
    }
    return -1;
}

} // namespace accord
