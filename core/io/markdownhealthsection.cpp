// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhealthsection.h"

#include "markdownplantable.h"
#include "markdowntext.h"
#include "text/healthtables.h"

#include "model/plan.h"

#include <QCoreApplication>

namespace accord {

namespace {

QString scoreLines(const Plan &plan)
{
    const QString score = HealthTables::scoreText(plan);
    if (score.isEmpty())
        return {};
    QStringList lines {MarkdownText::boldLine(
        QCoreApplication::translate("accord::Export", "Health score:"), score)};
    const QString note = HealthTables::weightNote(plan);
    if (!note.isEmpty())
        lines << MarkdownText::inlineText(note);
    return lines.join(QStringLiteral("\\\n"));
}

QString tiles(const Plan &plan)
{
    QStringList lines;
    for (const auto &[label, value] : HealthTables::tiles(plan))
        lines << MarkdownText::boldLine(label, value);
    return lines.join(QStringLiteral("\\\n"));
}

} // namespace

QStringList MarkdownHealthSection::blocks(const Plan &plan)
{
    if (!HealthTables::hasContent(plan))
        return {};
    // The thresholds always have their three rows, actions or not.
    const TextTable thresholds = HealthTables::thresholds(plan);
    return {scoreLines(plan), MarkdownPlanTable::render(HealthTables::components(plan)),
        MarkdownText::table(thresholds.header, thresholds.rows).join(u'\n'), tiles(plan)};
}

} // namespace accord
