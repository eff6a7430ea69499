// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomesoverviewchart.h"

#include "barchart.h"
#include "chartfigure.h"
#include "chartstyle.h"
#include "model/plan.h"
#include "palette.h"
#include "rules/metricprogress.h"

#include <QCoreApplication>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::OutcomesOverviewChart", text);
}

QString categoryOf(const Outcome &outcome, int index)
{
    const QString code = outcome.code.simplified().isEmpty() ? QStringLiteral("O%1").arg(index + 1)
                                                             : outcome.code.simplified();
    const QString description = outcome.description.simplified();
    return description.isEmpty() ? code : tr("%1 · %2").arg(code, description);
}

QString valueText(const OutcomeProgress &progress)
{
    if (!progress.percent)
        return tr("not measured");
    const QString percent = tr("%1 %").arg(qRound(*progress.percent));
    return progress.basis == ProgressBasis::Milestones ? tr("%1 of milestones").arg(percent)
                                                       : percent;
}

} // namespace

QChart *buildOutcomesOverviewChart(const Plan &plan, QDate today, Medium medium)
{
    BarChartSpec spec;
    spec.title = tr("Progress toward outcomes");
    spec.valueTitle = tr("Progress toward target (%)");
    spec.range = {0, 100};
    spec.colour = Palette::accent();
    spec.categoryLength = medium == Medium::Slide ? 44 : 34;
    spec.emptyNotice = tr("The plan has no outcomes yet");
    for (int i = 0; i < int(plan.outcomes.size()); ++i) {
        const Outcome &outcome = plan.outcomes[std::size_t(i)];
        const OutcomeProgress progress = outcomeProgress(plan, outcome.id, today);
        BarChartSpec::Bar bar;
        bar.category = categoryOf(outcome, i);
        if (progress.percent)
            bar.value = std::round(*progress.percent * 10) / 10;
        bar.valueText = valueText(progress);
        if (progress.percent && *progress.percent >= 100)
            bar.colour = Palette::onTrack();
        spec.bars.push_back(bar);
    }
    return buildBarChart(spec, medium);
}

Figure outcomesOverviewFigure(const Plan &plan, QDate today, Medium medium)
{
    return chartFigure(
        buildOutcomesOverviewChart(plan, today, medium), ChartStyle::naturalSize(medium));
}

} // namespace accord
