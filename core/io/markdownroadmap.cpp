// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownroadmap.h"

#include "markdowndocument.h"
#include "markdownplantable.h"
#include "markdowntext.h"
#include "text/roadmapgroups.h"

#include <QCoreApplication>

namespace accord {

QStringList MarkdownRoadmap::blocks(const Plan &plan)
{
    QStringList blocks;
    for (const RoadmapGroup &group : RoadmapGroups::of(plan)) {
        const QString table
            = MarkdownPlanTable::render(RoadmapGroups::milestoneTable(group.milestones));
        if (!group.isPhase) {
            blocks << MarkdownDocument::subsection(group.title, {table});
            continue;
        }
        QString activities;
        if (!group.activities.isEmpty())
            activities
                = MarkdownText::bold(QCoreApplication::translate("accord::Export", "Activities:"))
                + u'\n' + MarkdownText::bullets(group.activities).join(u'\n');
        const QString deliverable = group.deliverable.trimmed().isEmpty()
            ? QString()
            : MarkdownText::boldLine(
                QCoreApplication::translate("accord::Export", "Deliverable:"), group.deliverable);
        const QString body
            = MarkdownDocument::subsection(group.title, {deliverable, activities, table});
        // a phase is part of the plan even before it has content
        blocks << (body.isEmpty() ? MarkdownText::heading(3, group.title) : body);
    }
    return blocks;
}

} // namespace accord
