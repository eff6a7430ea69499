// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthtables.h"

#include "fieldtext.h"
#include "plantabletext.h"

#include "model/fieldref.h"
#include "model/plan.h"
#include "model/plantable.h"
#include "rules/healthscore.h"

#include <QCoreApplication>

namespace accord {

bool HealthTables::hasContent(const Plan &plan)
{
    const PlanHeader &h = plan.header;
    const bool actions = !(h.greenAction + h.yellowAction + h.redAction).trimmed().isEmpty();
    const bool tiles = h.upgradePercent || h.expansionPercent || h.nps;
    const bool customThresholds = h.healthGreenMin != PlanHeader().healthGreenMin
        || h.healthYellowMin != PlanHeader().healthYellowMin;
    return !plan.healthComponents.empty() || actions || tiles || customThresholds;
}

std::vector<FieldRef> HealthTables::shownFields()
{
    using H = PlanHeader;
    return fieldsOf<&H::healthGreenMin, &H::healthYellowMin, &H::greenAction, &H::yellowAction,
        &H::redAction, &H::upgradePercent, &H::expansionPercent, &H::nps>();
}

QString HealthTables::scoreText(const Plan &plan)
{
    if (plan.healthComponents.empty())
        return {};
    const HealthScore health = healthScore(plan);
    if (!health.score || !health.level)
        return QCoreApplication::translate("accord::Export", "not assessed yet");
    return QCoreApplication::translate("accord::Export", "%1 (%2)")
        .arg(QString::number(qRound(*health.score)), enumLabel(*health.level));
}

QString HealthTables::weightNote(const Plan &plan)
{
    if (plan.healthComponents.empty())
        return {};
    const HealthScore health = healthScore(plan);
    if (health.weightsSumTo100)
        return {};
    return QCoreApplication::translate("accord::Export", "The weights add up to %1%, not 100%.")
        .arg(health.weightSum);
}

TextTable HealthTables::components(const Plan &plan)
{
    const HealthScore health = healthScore(plan);
    PlanTableText::Layout layout;
    layout.extraHeader = QCoreApplication::translate("accord::Export", "Points of the score");
    layout.extraValue = [&health](int row) {
        const HealthContribution &c = health.contributions[std::size_t(row)];
        return c.counted ? QString::number(c.contribution, 'f', 1) : QString();
    };
    return PlanTableText(plan).table(tableOf<HealthComponent>(), layout);
}

TextTable HealthTables::thresholds(const Plan &plan)
{
    const PlanHeader &h = plan.header;
    const HealthThresholds t = HealthThresholds::fromHeader(h).normalized();
    const QString yellowRange = t.yellowMin < t.greenMin
        ? QCoreApplication::translate("accord::Export", "%1\u2013%2")
              .arg(t.yellowMin)
              .arg(t.greenMin - 1)
        : QCoreApplication::translate("accord::Export", "\u2014");
    TextTable table;
    table.header = QStringList {QCoreApplication::translate("accord::Export", "Level"),
        QCoreApplication::translate("accord::Export", "Score"),
        QCoreApplication::translate("accord::Export", "Action")};
    table.rows = QList<QStringList> {
        {enumLabel(HealthLevel::Green),
            QCoreApplication::translate("accord::Export", "\u2265 %1").arg(t.greenMin),
            h.greenAction},
        {enumLabel(HealthLevel::Yellow), yellowRange, h.yellowAction},
        {enumLabel(HealthLevel::Red),
            QCoreApplication::translate("accord::Export", "< %1").arg(t.yellowMin), h.redAction},
    };
    return table;
}

QList<std::pair<QString, QString>> HealthTables::tiles(const Plan &plan)
{
    QList<std::pair<QString, QString>> result;
    for (const FieldRef &field :
        fieldsOf<&PlanHeader::upgradePercent, &PlanHeader::expansionPercent, &PlanHeader::nps>()) {
        const FieldInfo &info = field.info();
        const QVariant value = field.table->value(plan, 0, field.index);
        if (!value.isNull())
            result.append(
                {QCoreApplication::translate("accord::Export", "%1:").arg(info.translatedLabel()),
                    FieldText::display(info, value)});
    }
    return result;
}

} // namespace accord
