// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownroadmap.h"

#include "markdowndocument.h"
#include "markdowntext.h"

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

const Outcome *findOutcome(const Plan &plan, OutcomeId id)
{
    for (const Outcome &o : plan.outcomes) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
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

QString MarkdownRoadmap::milestoneTable(const std::vector<const Milestone *> &milestones)
{
    if (milestones.empty())
        return {};
    QList<QStringList> rows;
    for (const Milestone *m : milestones)
        rows << QStringList {m->name, m->owner, isoDate(m->targetDate), enumLabel(m->status)};
    const QStringList header {QCoreApplication::translate("accord::Export", "Milestone"),
        QCoreApplication::translate("accord::Export", "Owner"),
        QCoreApplication::translate("accord::Export", "Due date"),
        QCoreApplication::translate("accord::Export", "Status")};
    return MarkdownText::table(header, rows).join(u'\n');
}

QString MarkdownRoadmap::phaseBlock(const Plan &plan, int index)
{
    const Phase &phase = plan.phases[std::size_t(index)];
    std::vector<const Milestone *> milestones;
    for (const Milestone &m : plan.milestones) {
        if (m.phase == phase.id)
            milestones.push_back(&m);
    }
    QString activities;
    if (!phase.activities.isEmpty())
        activities
            = MarkdownText::bold(QCoreApplication::translate("accord::Export", "Activities:"))
            + u'\n' + MarkdownText::bullets(phase.activities).join(u'\n');
    const QString deliverable = phase.deliverable.trimmed().isEmpty()
        ? QString()
        : MarkdownText::boldLine(
            QCoreApplication::translate("accord::Export", "Deliverable:"), phase.deliverable);
    const QStringList blocks {deliverable, activities, milestoneTable(milestones)};
    const QString title = phaseTitle(phase, index + 1);
    const QString body = MarkdownDocument::subsection(title, blocks);
    return body.isEmpty() ? MarkdownText::heading(3, title) : body;
}

QStringList MarkdownRoadmap::unphasedBlocks(const Plan &plan)
{
    QStringList blocks;
    std::vector<const Milestone *> orphans;
    for (const Outcome &outcome : plan.outcomes) {
        std::vector<const Milestone *> milestones;
        for (const Milestone &m : plan.milestones) {
            if (!hasPhase(plan, m.phase) && m.outcome == outcome.id)
                milestones.push_back(&m);
        }
        blocks << MarkdownDocument::subsection(outcomeTitle(outcome), {milestoneTable(milestones)});
    }
    for (const Milestone &m : plan.milestones) {
        if (!hasPhase(plan, m.phase) && !findOutcome(plan, m.outcome))
            orphans.push_back(&m);
    }
    blocks << MarkdownDocument::subsection(
        QCoreApplication::translate("accord::Export", "Unphased"), {milestoneTable(orphans)});
    return blocks;
}

QStringList MarkdownRoadmap::blocks(const Plan &plan)
{
    QStringList blocks;
    for (int i = 0; i < int(plan.phases.size()); ++i)
        blocks << phaseBlock(plan, i);
    return blocks + unphasedBlocks(plan);
}

} // namespace accord
