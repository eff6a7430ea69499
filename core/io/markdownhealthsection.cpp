// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhealthsection.h"

#include "fieldtext.h"
#include "markdownplantable.h"
#include "markdowntext.h"

#include "model/plan.h"
#include "model/plantable.h"
#include "rules/healthscore.h"

#include <QCoreApplication>

namespace accord {

namespace {

bool hasContent(const Plan &plan)
{
    const PlanHeader &h = plan.header;
    const bool actions = !(h.greenAction + h.yellowAction + h.redAction).trimmed().isEmpty();
    const bool tiles = h.upgradePercent || h.expansionPercent || h.nps;
    const bool customThresholds = h.healthGreenMin != PlanHeader().healthGreenMin
        || h.healthYellowMin != PlanHeader().healthYellowMin;
    return !plan.healthComponents.empty() || actions || tiles || customThresholds;
}

} // namespace

QStringList MarkdownHealthSection::shownKeys()
{
    return {QStringLiteral("health_green_min"), QStringLiteral("health_yellow_min"),
        QStringLiteral("green_action"), QStringLiteral("yellow_action"),
        QStringLiteral("red_action"), QStringLiteral("upgrade_percent"),
        QStringLiteral("expansion_percent"), QStringLiteral("nps")};
}

QString MarkdownHealthSection::scoreLines(const Plan &plan)
{
    if (plan.healthComponents.empty())
        return {};
    const HealthScore health = healthScore(plan);
    QStringList lines;
    if (health.score && health.level) {
        const QString score = QString::number(qRound(*health.score));
        lines << MarkdownText::boldLine(
            QCoreApplication::translate("accord::Export", "Health score:"),
            QCoreApplication::translate("accord::Export", "%1 (%2)")
                .arg(score, enumLabel(*health.level)));
    } else {
        lines << MarkdownText::boldLine(
            QCoreApplication::translate("accord::Export", "Health score:"),
            QCoreApplication::translate("accord::Export", "not assessed yet"));
    }
    if (!health.weightsSumTo100)
        lines << MarkdownText::inlineText(
            QCoreApplication::translate("accord::Export", "The weights add up to %1%, not 100%.")
                .arg(health.weightSum));
    return lines.join(QStringLiteral("\\\n"));
}

QString MarkdownHealthSection::componentTable(const Plan &plan)
{
    const HealthScore health = healthScore(plan);
    MarkdownPlanTable::Layout layout;
    layout.extraHeader = QCoreApplication::translate("accord::Export", "Points of the score");
    layout.extraValue = [&health](int row) {
        const HealthContribution &c = health.contributions[std::size_t(row)];
        return c.counted ? QString::number(c.contribution, 'f', 1) : QString();
    };
    return MarkdownPlanTable(plan).render(QStringLiteral("health_component"), layout);
}

QString MarkdownHealthSection::thresholdTable(const Plan &plan)
{
    const PlanHeader &h = plan.header;
    const HealthThresholds t = HealthThresholds::fromHeader(h).normalized();
    const QString yellowRange = t.yellowMin < t.greenMin
        ? QCoreApplication::translate("accord::Export", "%1\u2013%2")
              .arg(t.yellowMin)
              .arg(t.greenMin - 1)
        : QCoreApplication::translate("accord::Export", "\u2014");
    const QList<QStringList> rows {
        {enumLabel(HealthLevel::Green),
            QCoreApplication::translate("accord::Export", "\u2265 %1").arg(t.greenMin),
            h.greenAction},
        {enumLabel(HealthLevel::Yellow), yellowRange, h.yellowAction},
        {enumLabel(HealthLevel::Red),
            QCoreApplication::translate("accord::Export", "< %1").arg(t.yellowMin), h.redAction},
    };
    return MarkdownText::table({QCoreApplication::translate("accord::Export", "Level"),
                                   QCoreApplication::translate("accord::Export", "Score"),
                                   QCoreApplication::translate("accord::Export", "Action")},
        rows)
        .join(u'\n');
}

QString MarkdownHealthSection::tiles(const Plan &plan)
{
    const PlanTable &table = headerTable();
    QStringList lines;
    for (const char *key : {"upgrade_percent", "expansion_percent", "nps"}) {
        const int f = table.fieldIndex(QString::fromLatin1(key));
        const FieldInfo &info = table.fields()[std::size_t(f)];
        const QVariant value = table.value(plan, 0, f);
        if (!value.isNull())
            lines << MarkdownText::boldLine(
                QCoreApplication::translate("accord::Export", "%1:").arg(info.translatedLabel()),
                FieldText::display(info, value));
    }
    return lines.join(QStringLiteral("\\\n"));
}

QStringList MarkdownHealthSection::blocks(const Plan &plan)
{
    if (!hasContent(plan))
        return {};
    return {scoreLines(plan), componentTable(plan), thresholdTable(plan), tiles(plan)};
}

} // namespace accord
