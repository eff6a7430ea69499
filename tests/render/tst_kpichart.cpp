// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/chartplans.h"
#include "charts/axisrange.h"
#include "charts/chartannotations.h"
#include "charts/chartstyle.h"
#include "charts/kpichart.h"
#include "charts/kpichartdata.h"
#include "charts/labelplacer.h"
#include "charts/timeticks.h"
#include "charttestsupport.h"

#include <QCategoryAxis>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <limits>
#include <memory>

using namespace accord;
using namespace accord::test;

// The KPI chart of one metric: which series it shows with which points, where its
// axes end, which way up it is, and what its title and progress line say.
class TestKpiChart : public QObject {
    Q_OBJECT

private:
    static std::unique_ptr<QChart> build(const Plan &plan)
    {
        return std::unique_ptr<QChart>(
            buildKpiChart(plan, kChartMetric, chartToday(), Medium::Screen));
    }

    static QDate xDate(qreal x) { return chartDate(x); }

    // Every value the chart plots, for the expected padded range.
    static ValueRange valueRange(const Plan &plan)
    {
        QList<double> values;
        const Metric &m = plan.metrics.front();
        for (const Measurement &r : plan.measurements) {
            if (r.value)
                values.append(*r.value);
        }
        if (m.baselineValue && m.baselineDate.isValid())
            values.append(*m.baselineValue);
        if (m.targetValue)
            values.append(*m.targetValue);
        for (const InterimTarget &it : plan.interimTargets)
            values.append(it.value.value_or(*m.targetValue));
        const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
        const double pad = (*hi - *lo) * 0.08;
        return {*lo - pad, *hi + pad};
    }

private slots:
    void increaseMetricShowsEverySeries()
    {
        const Plan plan = kpiPlan(Direction::Increase, 12);
        const auto chart = build(plan);
        QCOMPARE(seriesNames(chart.get()),
            QStringList({QStringLiteral("Measurements"), QStringLiteral("Baseline"),
                QStringLiteral("Target"), QStringLiteral("Interim targets"),
                QStringLiteral("Expected")}));

        // Measurements: all twelve, by date, although entered newest first.
        QXYSeries *measured = xySeries(chart.get(), QStringLiteral("Measurements"));
        QCOMPARE(measured->count(), 12);
        QVERIFY(measured->pointsVisible());
        for (int i = 1; i < measured->count(); ++i)
            QVERIFY(measured->at(i - 1).x() <= measured->at(i).x());
        const Measurement &first = plan.measurements.back(); // entered last, dated first
        QCOMPARE(xDate(measured->at(0).x()), first.date);
        QCOMPARE(measured->at(0).y(), first.value);

        QXYSeries *baseline = xySeries(chart.get(), QStringLiteral("Baseline"));
        QCOMPARE(baseline->count(), 1);
        QCOMPARE(xDate(baseline->at(0).x()), QDate(2025, 10, 1));
        QCOMPARE(baseline->at(0).y(), 32.0);

        // The target: a level line ending at the target date.
        QXYSeries *target = xySeries(chart.get(), QStringLiteral("Target"));
        QCOMPARE(target->count(), 2);
        QCOMPARE(target->at(0).y(), 80.0);
        QCOMPARE(target->at(1).y(), 80.0);
        QCOMPARE(xDate(target->at(1).x()), QDate(2026, 4, 1));
        QCOMPARE(target->pen().style(), Qt::CustomDashLine);

        // Interim targets: "30-day" has only a day offset, dated from the baseline.
        QXYSeries *interim = xySeries(chart.get(), QStringLiteral("Interim targets"));
        QCOMPARE(interim->count(), 2);
        QCOMPARE(xDate(interim->at(0).x()), QDate(2025, 10, 31));
        QCOMPARE(interim->at(0).y(), 40.0);
        QCOMPARE(xDate(interim->at(1).x()), QDate(2026, 1, 1));
        QCOMPARE(interim->at(1).y(), 56.0);
        QCOMPARE(ChartAnnotations::pointLabels(chart.get()),
            QStringList({QStringLiteral("30-day"), QStringLiteral("90-day")}));

        // Expected: the straight schedule from baseline to target.
        QXYSeries *expected = xySeries(chart.get(), QStringLiteral("Expected"));
        QCOMPARE(expected->count(), 2);
        QCOMPARE(expected->at(0), baseline->at(0));
        QCOMPARE(expected->at(1), target->at(1));
    }

    void increaseMetricAxes()
    {
        const Plan plan = kpiPlan(Direction::Increase, 12);
        const auto chart = build(plan);
        auto *x = axis<QCategoryAxis>(chart.get(), Qt::Horizontal);
        auto *y = axis<QValueAxis>(chart.get(), Qt::Vertical);
        QVERIFY(x && y);
        QCOMPARE(chart->axes().size(), 2);
        // Time: from before the baseline to after the target, padded by 4 % (≥ 3 days).
        QVERIFY(chartDate(x->min()) < QDate(2025, 10, 1));
        QVERIFY(chartDate(x->max()) > QDate(2026, 4, 1));
        QVERIFY(chartDate(x->min()) >= QDate(2025, 9, 20));
        QVERIFY(chartDate(x->max()) <= QDate(2026, 4, 12));
        // Values: 8 % of the span beyond the lowest and highest value shown.
        const ValueRange range = valueRange(plan);
        QVERIFY(qAbs(y->min() - range.min) < 1e-9);
        QVERIFY(qAbs(y->max() - range.max) < 1e-9);
        QVERIFY(y->min() < 32 && y->max() > 80);
        QVERIFY(!y->isReverse());
        QCOMPARE(y->titleText(), QStringLiteral("%"));
    }

    void titleAndProgress()
    {
        const auto chart = build(kpiPlan(Direction::Increase, 12));
        QCOMPARE(ChartStyle::title(chart.get()), QStringLiteral("Monthly active users"));
        // Latest reading 65.4 of 32 → 80 is 70 %; 67.6 % was due by 1 Feb.
        QCOMPARE(ChartStyle::subtitle(chart.get()), QStringLiteral("70 % · on track"));
        QVERIFY(chart->title().contains(QStringLiteral("Monthly active users")));
        QVERIFY(chart->title().contains(QStringLiteral("70 % · on track")));
    }

    void progressLine_data()
    {
        QTest::addColumn<double>("latest");
        QTest::addColumn<QString>("text");
        QTest::newRow("behind") << 35.0 << QStringLiteral("6 % · behind");
        QTest::newRow("on track") << 66.0 << QStringLiteral("71 % · on track");
        QTest::newRow("reached") << 85.0 << QStringLiteral("100 % · target reached");
    }

    void progressLine()
    {
        QFETCH(double, latest);
        QFETCH(QString, text);
        Plan plan = kpiPlan(Direction::Increase, 1);
        plan.measurements.front().date = chartToday();
        plan.measurements.front().value = latest;
        QCOMPARE(ChartStyle::subtitle(build(plan).get()), text);
    }

    void decreaseMetricIsUpsideDown()
    {
        const Plan plan = kpiPlan(Direction::Decrease, 9);
        const auto chart = build(plan);
        auto *y = axis<QValueAxis>(chart.get(), Qt::Vertical);
        QVERIFY(y->isReverse()); // lower is better, so lower is drawn higher
        QVERIFY(y->titleText().contains(QStringLiteral("minutes per report")));
        QVERIFY(y->titleText().contains(QStringLiteral("lower is better")));
        QVERIFY(y->min() < 30 && y->max() > 240);
        const ValueRange range = valueRange(plan);
        QVERIFY(qAbs(y->min() - range.min) < 1e-9);
        QVERIFY(qAbs(y->max() - range.max) < 1e-9);
        QCOMPARE(seriesNames(chart.get()),
            QStringList({QStringLiteral("Measurements"), QStringLiteral("Baseline"),
                QStringLiteral("Target"), QStringLiteral("Expected")}));
        QCOMPARE(xySeries(chart.get(), QStringLiteral("Measurements"))->count(), 9);
        QCOMPARE(ChartStyle::title(chart.get()), QStringLiteral("Report generation time"));
        // 240 → 98.4 of 240 → 30 is 67 %; 74 % was due: within the tolerance.
        QCOMPARE(ChartStyle::subtitle(chart.get()), QStringLiteral("67 % · on track"));
    }

    void missingBaseline()
    {
        Plan plan = kpiPlan(Direction::Increase, 5);
        plan.metrics.front().baselineValue.reset();
        const auto chart = build(plan);
        const QStringList names = seriesNames(chart.get());
        QVERIFY(!names.contains(QStringLiteral("Baseline")));
        QVERIFY(!names.contains(QStringLiteral("Expected"))); // no schedule without a start
        QVERIFY(names.contains(QStringLiteral("Target")));
        QCOMPARE(xySeries(chart.get(), QStringLiteral("Measurements"))->count(), 5);
        QCOMPARE(ChartStyle::subtitle(chart.get()), QStringLiteral("no baseline"));
        auto *x = axis<QCategoryAxis>(chart.get(), Qt::Horizontal);
        QVERIFY(chartDate(x->max()) > QDate(2026, 4, 1));
        QVERIFY(ChartAnnotations::notice(chart.get()).isEmpty());
    }

    void noMeasurements()
    {
        Plan plan = kpiPlan(Direction::Increase, 0);
        const auto chart = build(plan);
        QCOMPARE(xySeries(chart.get(), QStringLiteral("Measurements"))->count(), 0);
        QCOMPARE(ChartStyle::subtitle(chart.get()), QStringLiteral("no measurements yet"));
        auto *x = axis<QCategoryAxis>(chart.get(), Qt::Horizontal);
        QVERIFY(chartDate(x->min()) < QDate(2025, 10, 1));
        QVERIFY(chartDate(x->max()) > QDate(2026, 4, 1));
        auto *y = axis<QValueAxis>(chart.get(), Qt::Vertical);
        QVERIFY(y->min() < 32 && y->max() > 80);
    }

    void oneMeasurement()
    {
        Plan plan = kpiPlan(Direction::Increase, 1);
        plan.interimTargets.clear();
        plan.metrics.front().targetValue.reset();
        plan.metrics.front().baselineValue.reset();
        const auto chart = build(plan);
        QCOMPARE(seriesNames(chart.get()), QStringList {QStringLiteral("Measurements")});
        QXYSeries *measured = xySeries(chart.get(), QStringLiteral("Measurements"));
        QCOMPARE(measured->count(), 1);
        auto *y = axis<QValueAxis>(chart.get(), Qt::Vertical);
        // One value: padded by 8 % of its size, not collapsed to nothing.
        const double v = measured->at(0).y();
        QVERIFY(qAbs(y->min() - v * 0.92) < 1e-9);
        QVERIFY(qAbs(y->max() - v * 1.08) < 1e-9);
    }

    void manyMeasurements()
    {
        const Plan plan = kpiPlan(Direction::Increase, 500);
        const auto chart = build(plan);
        QXYSeries *measured = xySeries(chart.get(), QStringLiteral("Measurements"));
        QCOMPARE(measured->count(), 500);
        QVERIFY(!measured->pointsVisible()); // a line, not 500 dots
        for (int i = 1; i < measured->count(); ++i)
            QVERIFY(measured->at(i - 1).x() <= measured->at(i).x());
        double lowest = plan.measurements.front().value.value_or(0);
        for (const Measurement &m : plan.measurements)
            lowest = std::min(lowest, m.value.value_or(lowest));
        auto *y = axis<QValueAxis>(chart.get(), Qt::Vertical);
        QVERIFY(y->min() < std::min(lowest, 32.0));
        QVERIFY(y->max() > 80);
    }

    void timeAxisMarksCalendarMonths_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("most");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("seven months, every second")
            << QDate(2025, 9, 20) << QDate(2026, 4, 12) << 6
            << QStringList {
                   QStringLiteral("Nov 2025"), QStringLiteral("Jan 2026"), QStringLiteral("Mar")};
        QTest::newRow("seven months, every one")
            << QDate(2025, 9, 20) << QDate(2026, 4, 12) << 8
            << QStringList {QStringLiteral("Oct 2025"), QStringLiteral("Nov"),
                   QStringLiteral("Dec"), QStringLiteral("Jan 2026"), QStringLiteral("Feb"),
                   QStringLiteral("Mar"), QStringLiteral("Apr")};
        QTest::newRow("two years, quarters")
            << QDate(2025, 2, 10) << QDate(2026, 12, 1) << 8
            << QStringList {QStringLiteral("Apr 2025"), QStringLiteral("Jul"),
                   QStringLiteral("Oct"), QStringLiteral("Jan 2026"), QStringLiteral("Apr"),
                   QStringLiteral("Jul"), QStringLiteral("Oct")};
        QTest::newRow("three weeks, weekly")
            << QDate(2026, 3, 3) << QDate(2026, 3, 24) << 6
            << QStringList {
                   QStringLiteral("8 Mar"), QStringLiteral("15 Mar"), QStringLiteral("22 Mar")};
    }

    void timeAxisMarksCalendarMonths()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, most);
        QFETCH(QStringList, labels);
        const QList<TimeTick> ticks = timeTicks(chartX(from), chartX(to), most);
        QStringList shown;
        for (const TimeTick &tick : ticks) {
            shown << tick.label;
            QVERIFY(tick.x >= chartX(from) && tick.x <= chartX(to));
        }
        QCOMPARE(shown, labels);
        QVERIFY(ticks.size() <= most);
        // Hundreds of years: a handful of Januaries, found without listing every month.
        const QList<TimeTick> centuries
            = timeTicks(chartX(QDate(1, 1, 1)), chartX(QDate(9999, 1, 1)), 6);
        QVERIFY(!centuries.isEmpty() && centuries.size() <= 6);
        for (const TimeTick &tick : centuries)
            QCOMPARE(chartDate(tick.x).dayOfYear(), 1);
    }

    void labelsStayOffTheLinesTheyAnnotate()
    {
        const QRectF plot(0, 0, 400, 200);
        const QSizeF size(60, 12);
        // An interim target on the target line's level: not over the line.
        {
            LabelPlacer placer(plot);
            const QPolygonF target({QPointF(0, 100), QPointF(400, 100)});
            placer.avoid(target, 4);
            const QRectF box = placer.place(QPointF(200, 100), size, 5);
            QVERIFY(!LabelPlacer::crosses(box, target));
            QVERIFY(plot.contains(box));
        }
        // The target reached at the top of the plot, the target line and the schedule
        // ending there: above is outside, below covers the schedule, so it goes to the
        // right, clear of both.
        {
            LabelPlacer placer(plot);
            const QPolygonF target({QPointF(0, 8), QPointF(300, 8)});
            const QPolygonF schedule({QPointF(0, 200), QPointF(300, 8)});
            placer.avoid(target, 4);
            placer.avoid(schedule, 2);
            const QRectF box = placer.place(QPointF(300, 8), size, 5);
            QVERIFY(plot.contains(box));
            QVERIFY(!LabelPlacer::crosses(box, target));
            QVERIFY(!LabelPlacer::crosses(box, schedule));
            QCOMPARE(box.left(), 305.0);
        }
        // Two points close together: the second label does not cover the first.
        {
            LabelPlacer placer(plot);
            const QRectF first = placer.place(QPointF(200, 100), size, 5);
            const QRectF second = placer.place(QPointF(210, 100), size, 5);
            QVERIFY(!first.intersects(second));
        }
    }

    void noDatesAtAll()
    {
        Plan plan = kpiPlan(Direction::Increase, 0);
        plan.interimTargets.clear();
        plan.metrics.front().baselineDate = {};
        plan.metrics.front().targetDate = {};
        const auto chart = build(plan);
        QCOMPARE(
            ChartAnnotations::notice(chart.get()), QStringLiteral("No dated values to plot yet"));
        // The target, known but undated, is a level across the whole chart.
        QXYSeries *target = xySeries(chart.get(), QStringLiteral("Target"));
        auto *x = axis<QCategoryAxis>(chart.get(), Qt::Horizontal);
        QCOMPARE(target->count(), 2);
        QCOMPARE(target->at(0).x(), x->min());
        QCOMPARE(target->at(1).x(), x->max());
        QVERIFY(!x->labelsVisible()); // no made-up dates
        QVERIFY(!seriesNames(chart.get()).contains(QStringLiteral("Baseline")));
    }

    void valuesThatCannotBeDrawnAreLeftOut()
    {
        Plan plan = kpiPlan(Direction::Increase, 4);
        plan.measurements[0].value = std::numeric_limits<double>::quiet_NaN();
        plan.measurements[1].value = std::numeric_limits<double>::infinity();
        plan.metrics.front().targetValue = -std::numeric_limits<double>::infinity();
        const auto chart = build(plan);
        QCOMPARE(xySeries(chart.get(), QStringLiteral("Measurements"))->count(), 2);
        QVERIFY(!seriesNames(chart.get()).contains(QStringLiteral("Target")));
        auto *y = axis<QValueAxis>(chart.get(), Qt::Vertical);
        QVERIFY(std::isfinite(y->min()) && std::isfinite(y->max()));
    }

    void unreadMeasurementsAreNotPlotted()
    {
        Plan plan = kpiPlan(Direction::Increase, 3);
        plan.measurements[1].value.reset(); // added, value not typed yet
        const auto chart = build(plan);
        QXYSeries *measured = xySeries(chart.get(), QStringLiteral("Measurements"));
        QCOMPARE(measured->count(), 2);
        for (int i = 0; i < measured->count(); ++i)
            QVERIFY(measured->at(i).y() != 0); // never a made-up zero
    }

    void unknownMetricSaysSo()
    {
        const auto chart = std::unique_ptr<QChart>(buildKpiChart(
            kpiPlan(Direction::Increase, 3), MetricId(99), chartToday(), Medium::Print));
        QVERIFY(chart->series().isEmpty());
        QCOMPARE(ChartAnnotations::notice(chart.get()),
            QStringLiteral("This metric is not in the plan."));
    }

    void userTextIsNotRichText()
    {
        Plan plan = kpiPlan(Direction::Increase, 3);
        plan.metrics.front().name = QStringLiteral("<img src=x> & <b>bold</b>");
        plan.metrics.front().unit = QStringLiteral("<i>units</i>");
        const auto chart = build(plan);
        QVERIFY(!chart->title().contains(QStringLiteral("<img")));
        QVERIFY(chart->title().contains(QStringLiteral("&lt;img src=x&gt; &amp; &lt;b&gt;")));
        QCOMPARE(ChartStyle::title(chart.get()), plan.metrics.front().name);
        auto *y = axis<QValueAxis>(chart.get(), Qt::Vertical);
        QCOMPARE(y->titleText(), QStringLiteral("&lt;i&gt;units&lt;/i&gt;"));
    }

    void slideAndPrintDifferOnlyInLook()
    {
        const Plan plan = kpiPlan(Direction::Increase, 12);
        const auto screen = build(plan);
        const auto slide = std::unique_ptr<QChart>(
            buildKpiChart(plan, kChartMetric, chartToday(), Medium::Slide));
        const auto print = std::unique_ptr<QChart>(
            buildKpiChart(plan, kChartMetric, chartToday(), Medium::Print));
        QCOMPARE(seriesNames(slide.get()), seriesNames(screen.get()));
        QCOMPARE(seriesNames(print.get()), seriesNames(screen.get()));
        const auto width = [](const QChart *c) {
            return xySeries(c, QStringLiteral("Measurements"))->pen().widthF();
        };
        QVERIFY(width(slide.get()) > width(screen.get()));
        QVERIFY(width(print.get()) < width(screen.get()));
        QVERIFY(slide->titleFont().pixelSize() > 2 * print->titleFont().pixelSize());
    }
};

QTEST_MAIN(TestKpiChart)
#include "tst_kpichart.moc"
