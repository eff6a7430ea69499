// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmapgroups.h"

#include "model/plan.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord {

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool hasPhase(const Plan &plan, PhaseId id)
{
    return std::any_of(
        plan.phases.cbegin(), plan.phases.cend(), [&](const Phase &p) { return p.id == id; });
}

bool hasOutcome(const Plan &plan, OutcomeId id)
{
    return std::any_of(
        plan.outcomes.cbegin(), plan.outcomes.cend(), [&](const Outcome &o) { return o.id == id; });
}

QString phaseTitle(const Phase &phase, int number)
{
    const QString name = phase.name.simplified();
    const QString timeframe = phase.timeframe.simplified();
    if (name.isEmpty() && timeframe.isEmpty())
        return QCoreApplication::translate("accord::Export", "Phase %1").arg(number);
    if (name.isEmpty())
        return QCoreApplication::translate("accord::Export", "Phase %1 (%2)")
            .arg(number)
            .arg(timeframe);
    if (timeframe.isEmpty())
        return QCoreApplication::translate("accord::Export", "Phase %1: %2").arg(number).arg(name);
    return QCoreApplication::translate("accord::Export", "Phase %1: %2 (%3)")
        .arg(number)
        .arg(name, timeframe);
}

QString outcomeTitle(const Outcome &outcome)
{
    const QString code = outcome.code.simplified();
    const QString description = outcome.description.simplified();
    if (code.isEmpty() || description.isEmpty())
        return QCoreApplication::translate("accord::Export", "Outcome %1")
            .arg(code.isEmpty() ? description : code);
    return QCoreApplication::translate("accord::Export", "Outcome %1: %2").arg(code, description);
}

} // namespace

std::vector<RoadmapGroup> RoadmapGroups::of(const Plan &plan)
{
    std::vector<RoadmapGroup> groups;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase &phase = plan.phases[i];
        RoadmapGroup group {
            phaseTitle(phase, int(i) + 1), true, phase.deliverable, phase.activities, {}};
        for (const Milestone &m : plan.milestones) {
            if (m.phase == phase.id)
                group.milestones.push_back(&m);
        }
        groups.push_back(std::move(group));
    }
    for (const Outcome &outcome : plan.outcomes) {
        RoadmapGroup group {outcomeTitle(outcome), false, {}, {}, {}};
        for (const Milestone &m : plan.milestones) {
            if (!hasPhase(plan, m.phase) && m.outcome == outcome.id)
                group.milestones.push_back(&m);
        }
        if (!group.milestones.empty())
            groups.push_back(std::move(group));
    }
    RoadmapGroup rest {
        QCoreApplication::translate("accord::Export", "Unphased"), false, {}, {}, {}};
    for (const Milestone &m : plan.milestones) {
        if (!hasPhase(plan, m.phase) && !hasOutcome(plan, m.outcome))
            rest.milestones.push_back(&m);
    }
    if (!rest.milestones.empty())
        groups.push_back(std::move(rest));
    return groups;
}

TextTable RoadmapGroups::milestoneTable(const std::vector<const Milestone *> &milestones)
{
    TextTable table;
    table.header = QStringList {QCoreApplication::translate("accord::Export", "Milestone"),
        QCoreApplication::translate("accord::Export", "Owner"),
        QCoreApplication::translate("accord::Export", "Due date"),
        QCoreApplication::translate("accord::Export", "Status")};
    for (const Milestone *m : milestones)
        table.rows << QStringList {m->name, m->owner, isoDate(m->targetDate), enumLabel(m->status)};
    return table;
}

} // namespace accord
