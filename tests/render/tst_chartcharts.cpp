// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/chartplans.h"
#include "charts/axisrange.h"
#include "charts/barchart.h"
#include "charts/chartannotations.h"
#include "charts/chartstyle.h"
#include "charts/featureimportancechart.h"
#include "charts/healthchart.h"
#include "charts/kpibarchart.h"
#include "charts/kpitiles.h"
#include "charts/outcomesoverviewchart.h"
#include "charttestsupport.h"
#include "palette.h"
#include "rules/healthscore.h"
#include "rules/metricprogress.h"

#include <QBarCategoryAxis>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace accord;
using namespace accord::test;

// The bar graphs and tiles: which bars they show with which values and labels.
class TestChartCharts : public QObject {
    Q_OBJECT

private:
    using ChartPtr = std::unique_ptr<QChart>;

    // O1 measured by the KPI plan's metric, O2 by milestones (one of two complete),
    // O3 by nothing at all.
    static Plan outcomesPlan()
    {
        Plan plan = kpiPlan(Direction::Increase, 12);
        plan.outcomes.push_back({OutcomeId(2), QStringLiteral("O2"),
            QStringLiteral("Automate the three core operational reports so that nobody copies "
                           "numbers by hand at month-end"),
            {}, {}, Level::High, OutcomeStatus::InProgress});
        plan.outcomes.push_back({OutcomeId(3), QStringLiteral("O3"), QStringLiteral("Renew"), {},
            {}, Level::Low, OutcomeStatus::NotStarted});
        Milestone done;
        done.id = RowId(1);
        done.outcome = OutcomeId(2);
        done.status = TaskStatus::Complete;
        Milestone open = done;
        open.id = RowId(2);
        open.status = TaskStatus::InProgress;
        plan.milestones = {done, open};
        return plan;
    }

    static HealthComponent component(
        qint64 id, const char *name, int weight, std::optional<int> score)
    {
        HealthComponent c;
        c.id = RowId(id);
        c.name = QString::fromUtf8(name);
        c.weight = weight;
        c.score = score;
        return c;
    }

private slots:
    void outcomesOverview()
    {
        const Plan plan = outcomesPlan();
        const ChartPtr chart(buildOutcomesOverviewChart(plan, chartToday(), Medium::Screen));
        const QStringList categories = barCategories(chart.get());
        QCOMPARE(categories.size(), 3);
        // A long description is cut short, to fit 30 % of the chart's width.
        QVERIFY(categories[0].startsWith(QStringLiteral("O1 · Achieve 80% team")));
        QVERIFY(categories[0].endsWith(QChar(0x2026)));
        QVERIFY(categories[1].startsWith(QStringLiteral("O2 · Automate the")));
        QVERIFY(categories[1].endsWith(QChar(0x2026)));
        QVERIFY(categories[1].size() < 40);
        QCOMPARE(categories[2], QStringLiteral("O3 · Renew"));

        const double o1 = *outcomeProgress(plan, OutcomeId(1), chartToday()).percent;
        const QList<qreal> values = barValues(chart.get());
        QCOMPARE(values.size(), 3);
        QVERIFY(qAbs(values[0] - o1) <= 0.05);
        QCOMPARE(values[1], 50.0);
        QCOMPARE(values[2], 0.0);
        QCOMPARE(barValueTexts(chart.get()),
            QStringList({QStringLiteral("70 %"), QStringLiteral("50 % of milestones"),
                QStringLiteral("not measured")}));
        auto *x = axis<QValueAxis>(chart.get(), Qt::Horizontal);
        QCOMPARE(x->min(), 0.0);
        QCOMPARE(x->max(), 100.0);
        QVERIFY(x->titleText().contains(QStringLiteral("%")));
    }

    void outcomesOverviewWithoutOutcomes()
    {
        const ChartPtr chart(buildOutcomesOverviewChart(Plan {}, chartToday(), Medium::Print));
        QVERIFY(chart->series().isEmpty());
        QCOMPARE(
            ChartAnnotations::notice(chart.get()), QStringLiteral("The plan has no outcomes yet"));
    }

    void kpiTilesAndBars()
    {
        Plan plan;
        plan.header.upgradePercent = 12.5;
        plan.header.nps = -10;
        plan.healthComponents = {component(1, "Adoption", 50, 90), component(2, "Support", 50, 70)};
        const std::vector<KpiTile> tiles = kpiTiles(plan);
        QCOMPARE(tiles.size(), std::size_t(4));
        QCOMPARE(tiles[0].label, QStringLiteral("Health score"));
        QCOMPARE(tiles[0].text, QStringLiteral("80"));
        QCOMPARE(tiles[0].colour, Palette::healthLevel(HealthLevel::Green));
        QCOMPARE(tiles[1].text, QStringLiteral("12.5 %"));
        QCOMPARE(tiles[2].text, QStringLiteral("—")); // expansion is not set
        QVERIFY(!tiles[2].value);
        QCOMPARE(tiles[3].text, QStringLiteral("-10"));

        const ChartPtr chart(buildKpiBarChart(plan, Medium::Screen));
        QCOMPARE(barCategories(chart.get()),
            QStringList({QStringLiteral("Health score"), QStringLiteral("Upgrade"),
                QStringLiteral("Expansion"), QStringLiteral("NPS")}));
        QCOMPARE(barValues(chart.get()), QList<qreal>({80, 12.5, 0, -10}));
        QCOMPARE(barValueTexts(chart.get()),
            QStringList({QStringLiteral("80"), QStringLiteral("12.5 %"), QStringLiteral("—"),
                QStringLiteral("-10")}));
        auto *y = axis<QValueAxis>(chart.get(), Qt::Vertical);
        QVERIFY(y->min() < -10); // room for the negative NPS
        QVERIFY(y->max() > 100);
    }

    void kpiTilesOfAnEmptyPlan()
    {
        for (const KpiTile &tile : kpiTiles(Plan {})) {
            QCOMPARE(tile.text, QStringLiteral("—"));
            QVERIFY(!tile.value);
        }
        // The figure paints the four tiles: something other than white is drawn.
        const Figure figure = kpiTilesFigure(Plan {}, Medium::Screen);
        QImage image(figure.naturalSize.toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        figure.paint(&painter, QRectF(QPointF(0, 0), figure.naturalSize));
        painter.end();
        QVERIFY(image.pixel(image.width() / 8, image.height() / 2) != qRgb(255, 255, 255));
    }

    void healthContributions()
    {
        // A what-if score, not from a plan: 60 % at 80, 40 % at 50, one not assessed.
        const HealthScore score
            = healthScore({component(1, "Adoption", 60, 80), component(2, "Support", 40, 50),
                              component(3, "Executive access", 20, std::nullopt)},
                HealthThresholds {});
        const ChartPtr chart(buildHealthChart(score, Medium::Screen));
        QCOMPARE(barCategories(chart.get()),
            QStringList({QStringLiteral("Adoption"), QStringLiteral("Support"),
                QStringLiteral("Executive access")}));
        QCOMPARE(barValues(chart.get()), QList<qreal>({48, 20, 0}));
        QCOMPARE(barValueTexts(chart.get()),
            QStringList({QStringLiteral("48.0 pts"), QStringLiteral("20.0 pts"),
                QStringLiteral("not assessed")}));
        QCOMPARE(ChartStyle::subtitle(chart.get()), QStringLiteral("score 68 · At risk"));
        auto *x = axis<QValueAxis>(chart.get(), Qt::Horizontal);
        QCOMPARE(x->min(), 0.0);
        QVERIFY(x->max() >= 48);
    }

    void healthWithoutAssessment()
    {
        const HealthScore score
            = healthScore({component(1, "Adoption", 50, std::nullopt)}, HealthThresholds {});
        const ChartPtr chart(buildHealthChart(score, Medium::Slide));
        QCOMPARE(barValueTexts(chart.get()), QStringList {QStringLiteral("not assessed")});
        QCOMPARE(ChartStyle::subtitle(chart.get()), QStringLiteral("no component assessed yet"));
    }

    void featureImportance()
    {
        Plan plan;
        plan.personas = {{PersonaId(1), QStringLiteral("Analyst"), {}, {}, {}},
            {PersonaId(2), QStringLiteral("Manager"), {}, {}, {}}};
        plan.featureImportance = {{RowId(1), PersonaId(1), QStringLiteral("Templates"), 5},
            {RowId(2), PersonaId(2), QStringLiteral("Dashboards"), 4},
            {RowId(3), PersonaId(1), QStringLiteral("Scheduling"), 3},
            {RowId(4), PersonaId(1), QStringLiteral("Validation"), 1}};
        const ChartPtr chart(buildFeatureImportanceChart(plan, PersonaId(1), Medium::Screen));
        QCOMPARE(ChartStyle::title(chart.get()), QStringLiteral("Feature importance · Analyst"));
        QCOMPARE(barCategories(chart.get()),
            QStringList({QStringLiteral("Templates"), QStringLiteral("Scheduling"),
                QStringLiteral("Validation")}));
        QCOMPARE(barValues(chart.get()), QList<qreal>({5, 3, 1}));
        auto *x = axis<QValueAxis>(chart.get(), Qt::Horizontal);
        QCOMPARE(x->min(), 0.0);
        QVERIFY(x->max() >= 5);

        const ChartPtr none(buildFeatureImportanceChart(plan, PersonaId(7), Medium::Screen));
        QVERIFY(none->series().isEmpty());
        QVERIFY(!ChartAnnotations::notice(none.get()).isEmpty());
    }

    void axisRanges()
    {
        const auto near = [](ValueRange a, ValueRange b) {
            return qAbs(a.min - b.min) < 1e-9 && qAbs(a.max - b.max) < 1e-9;
        };
        QVERIFY(near(AxisRange::padded({80, 32, 50}), {28.16, 83.84})); // 8 % of 48
        QVERIFY(near(AxisRange::padded({5}), {4.6, 5.4})); // 8 % of the value
        QCOMPARE(AxisRange::padded({0, 0}), (ValueRange {-1, 1}));
        QCOMPARE(AxisRange::padded({}), (ValueRange {0, 1}));
        // The round step whose count of intervals is nearest the one asked for.
        QCOMPARE(AxisRange::niceStep(244, 4), 50.0);
        QCOMPARE(AxisRange::niceStep(100, 5), 20.0);
        QCOMPARE(AxisRange::niceStep(10, 4), 2.5);
        QCOMPARE(AxisRange::niceStep(0.6, 5), 0.1);
        // Labels carry the step's decimals: 2.5 apart needs one.
        QValueAxis axis;
        AxisRange::apply(&axis, {1, 13}, Medium::Screen);
        QCOMPARE(axis.tickInterval(), 2.5);
        QCOMPARE(axis.labelFormat(), QStringLiteral("%.1f"));
        QCOMPARE(axis.tickAnchor(), 2.5);
        AxisRange::apply(&axis, {0, 100}, Medium::Screen);
        QCOMPARE(axis.labelFormat(), QStringLiteral("%.0f"));
        QCOMPARE(axis.min(), 0.0);
        QCOMPARE(axis.max(), 100.0);
    }

    void categoriesAreEscaped()
    {
        Plan plan;
        plan.outcomes.push_back({OutcomeId(1), QStringLiteral("O1"), QStringLiteral("<b>x</b>"), {},
            {}, Level::High, OutcomeStatus::InProgress});
        const ChartPtr chart(buildOutcomesOverviewChart(plan, chartToday(), Medium::Screen));
        QCOMPARE(
            barCategories(chart.get()), QStringList {QStringLiteral("O1 · &lt;b&gt;x&lt;/b&gt;")});
    }
};

QTEST_MAIN(TestChartCharts)
#include "tst_chartcharts.moc"
