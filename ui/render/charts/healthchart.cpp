// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthchart.h"

#include "barchart.h"
#include "chartfigure.h"
#include "chartstyle.h"
#include "palette.h"
#include "rules/healthscore.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::HealthChart", text);
}

QString scoreText(const HealthScore &score)
{
    if (!score.score)
        return tr("no component assessed yet");
    const QString level = score.level ? enumLabel(*score.level) : QString();
    return tr("score %1 · %2").arg(qRound(*score.score)).arg(level);
}

} // namespace

QChart *buildHealthChart(const HealthScore &score, Medium medium)
{
    BarChartSpec spec;
    spec.title = tr("Health score by component");
    spec.subtitle = scoreText(score);
    spec.subtitleColour = score.level ? Palette::healthLevel(*score.level) : Palette::muted();
    spec.valueTitle = tr("Points of the score");
    spec.colour = score.level ? Palette::healthLevel(*score.level) : Palette::accent();
    spec.categoryLength = medium == Medium::Slide ? 36 : 28;
    spec.emptyNotice = tr("The plan has no health components yet");
    double largest = 0;
    for (const HealthContribution &c : score.contributions) {
        BarChartSpec::Bar bar;
        bar.category = c.name.simplified().isEmpty() ? tr("Unnamed component") : c.name;
        if (c.counted) {
            bar.value = std::round(c.contribution * 10) / 10;
            bar.valueText = tr("%1 pts").arg(QLocale().toString(*bar.value, 'f', 1));
            largest = std::max(largest, *bar.value);
        } else {
            bar.valueText = tr("not assessed");
        }
        spec.bars.push_back(bar);
    }
    // Room after the longest bar for its label; a score has at most 100 points.
    spec.range = {0, std::min(100.0, std::max(10.0, largest * 1.25))};
    return buildBarChart(spec, medium);
}

Figure healthFigure(const HealthScore &score, Medium medium)
{
    return chartFigure(buildHealthChart(score, medium), ChartStyle::naturalSize(medium));
}

} // namespace accord
