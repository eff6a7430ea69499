// SPDX-License-Identifier: GPL-3.0-or-later
#include "featureimportancechart.h"

#include "barchart.h"
#include "chartfigure.h"
#include "chartstyle.h"
#include "model/plan.h"
#include "palette.h"

#include <QCoreApplication>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::FeatureImportanceChart", text);
}

QString personaName(const Plan &plan, PersonaId id)
{
    for (const Persona &p : plan.personas) {
        if (p.id == id)
            return p.name.simplified().isEmpty() ? tr("Unnamed persona") : p.name.simplified();
    }
    return {};
}

} // namespace

QChart *buildFeatureImportanceChart(const Plan &plan, PersonaId persona, Medium medium)
{
    BarChartSpec spec;
    const QString name = personaName(plan, persona);
    spec.title
        = name.isEmpty() ? tr("Feature importance") : tr("Feature importance · %1").arg(name);
    spec.valueTitle = tr("Importance (1–5)");
    spec.range = {0, 5.4};
    spec.colour = Palette::accent();
    spec.categoryLength = medium == Medium::Slide ? 36 : 28;
    spec.emptyNotice = name.isEmpty() ? tr("This persona is not in the plan")
                                      : tr("No feature importance rated for this persona yet");
    if (!name.isEmpty()) {
        for (const FeatureImportance &row : plan.featureImportance) {
            if (row.persona != persona)
                continue;
            const int importance = std::clamp(row.importance, 1, 5);
            BarChartSpec::Bar bar;
            bar.category = row.feature.simplified().isEmpty() ? tr("Unnamed feature") : row.feature;
            bar.value = importance;
            bar.valueText = QString::number(importance);
            spec.bars.push_back(bar);
        }
    }
    return buildBarChart(spec, medium);
}

Figure featureImportanceFigure(const Plan &plan, PersonaId persona, Medium medium)
{
    return chartFigure(
        buildFeatureImportanceChart(plan, persona, medium), ChartStyle::naturalSize(medium));
}

} // namespace accord
