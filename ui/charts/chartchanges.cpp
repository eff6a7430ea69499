// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartchanges.h"

#include "model/change.h"

namespace accord {

bool changeAffectsCharts(const Change &change)
{
    static const QStringList tables {QStringLiteral("outcome"), QStringLiteral("metric"),
        QStringLiteral("interim_target"), QStringLiteral("measurement"),
        QStringLiteral("milestone"), QStringLiteral("persona"),
        QStringLiteral("feature_importance"), QStringLiteral("health_component")};
    static const QStringList headerFields {QStringLiteral("upgrade_percent"),
        QStringLiteral("expansion_percent"), QStringLiteral("nps"),
        QStringLiteral("health_green_min"), QStringLiteral("health_yellow_min")};
    if (change.table == u"plan")
        return change.kind != Change::Kind::SetValue || headerFields.contains(change.field);
    return tables.contains(change.table);
}

} // namespace accord
