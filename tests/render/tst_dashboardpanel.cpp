// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/documentfixture.h"
#include "charts/chartstyle.h"
#include "charts/chartview.h"
#include "charts/dashboardpanel.h"
#include "charts/figureview.h"
#include "charts/metricchartpanel.h"
#include "charttestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace accord;
using namespace accord::test;

// The chart pages follow the document: an edit made through it shows in the
// charts once the event loop has run, edits in one turn redraw once, and edits
// that cannot change a chart redraw nothing.
class TestDashboardPanel : public QObject {
    Q_OBJECT

private:
    DocumentFixture m_fixture;

    PlanDocument *doc() const { return m_fixture.doc.get(); }

    static QList<qreal> measuredValues(const ChartView *view)
    {
        QList<qreal> values;
        if (const QXYSeries *s = xySeries(view->chart(), QStringLiteral("Measurements"))) {
            for (const QPointF &p : s->points())
                values += p.y();
        }
        return values;
    }

private slots:
    void init() { QVERIFY(m_fixture.reset()); }

    void showsEveryChartOfThePlan()
    {
        DashboardPanel panel(doc());
        const Plan &plan = doc()->plan();
        for (const Metric &m : plan.metrics) {
            ChartView *view = panel.metricChart(m.id);
            QVERIFY(view);
            QCOMPARE(ChartStyle::title(view->chart()), m.name);
        }
        for (const Persona &p : plan.personas)
            QVERIFY(panel.featureChart(p.id));
        QCOMPARE(panel.chartCount(), 2 + int(plan.metrics.size() + plan.personas.size()));
        QCOMPARE(panel.kpiTiles()->figure().isNull(), false);
        QCOMPARE(ChartStyle::title(panel.outcomesChart()->chart()),
            QStringLiteral("Progress toward outcomes"));
    }

    void measurementEditShowsInItsChart()
    {
        DashboardPanel panel(doc());
        panel.resize(1000, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const Measurement reading = doc()->plan().measurements.at(1);
        ChartView *view = panel.metricChart(reading.metric);
        QVERIFY(view);
        QVERIFY(measuredValues(view).contains(reading.value));

        QVERIFY(doc()->set<&Measurement::value>(reading.id.value, 12345.0));
        QTRY_VERIFY(measuredValues(view).contains(12345.0));
        QVERIFY(!measuredValues(view).contains(reading.value));
        QVERIFY(axis<QValueAxis>(view->chart(), Qt::Vertical)->max() > 12345);
        QCOMPARE(panel.metricChart(reading.metric), view); // redrawn in place

        doc()->undoStack()->undo();
        QTRY_VERIFY(measuredValues(view).contains(reading.value));
    }

    void editsInOneTurnRedrawOnce()
    {
        DashboardPanel panel(doc());
        QSignalSpy rebuilt(&panel, &DashboardPanel::rebuilt);
        const auto &readings = doc()->plan().measurements;
        QVERIFY(doc()->set<&Measurement::value>(readings[0].id.value, 1.0));
        QVERIFY(doc()->set<&Measurement::value>(readings[2].id.value, 2.0));
        QCOMPARE(rebuilt.count(), 0); // nothing before the event loop runs
        QTRY_COMPARE(rebuilt.count(), 1);
        QTest::qWait(20);
        QCOMPARE(rebuilt.count(), 1);
        QVERIFY(measuredValues(panel.metricChart(readings[0].metric)).contains(1.0));
        QVERIFY(measuredValues(panel.metricChart(readings[2].metric)).contains(2.0));
    }

    void unrelatedEditsRedrawNothing()
    {
        DashboardPanel panel(doc());
        QSignalSpy rebuilt(&panel, &DashboardPanel::rebuilt);
        QVERIFY(doc()->set<&Risk::description>(
            doc()->plan().risks[0].id.value, QStringLiteral("Budget freeze")));
        QVERIFY(doc()->set<&PlanHeader::title>(doc()->id().value, QStringLiteral("Renamed")));
        QTest::qWait(20);
        QCOMPARE(rebuilt.count(), 0);
        // The header's KPI numbers do count.
        QVERIFY(doc()->set<&PlanHeader::nps>(doc()->id().value, 55));
        QTRY_COMPARE(rebuilt.count(), 1);
        QCOMPARE(panel.kpiTiles()->figure().isNull(), false);
    }

    void newAndRemovedMetricsChangeThePage()
    {
        DashboardPanel panel(doc());
        const int before = panel.chartCount();
        const Result<qint64> added = doc()->insertRow(tableOf<Metric>(), 0,
            {{fieldOf<&Metric::name>(), QStringLiteral("Seats in use")},
                {fieldOf<&Metric::outcome>(), doc()->plan().outcomes[0].id.value}});
        QVERIFY(added);
        const qint64 id = *added;
        QTRY_VERIFY(panel.metricChart(MetricId(id)));
        QCOMPARE(panel.chartCount(), before + 1);
        QCOMPARE(ChartStyle::title(panel.metricChart(MetricId(id))->chart()),
            QStringLiteral("Seats in use"));
        QVERIFY(doc()->removeRow(tableOf<Metric>(), id));
        QTRY_VERIFY(!panel.metricChart(MetricId(id)));
        QCOMPARE(panel.chartCount(), before);
    }

    void metricChartPanelFollowsItsMetric()
    {
        MetricChartPanel panel(doc());
        QVERIFY(!panel.showsChart()); // nothing selected yet
        const Metric metric = doc()->plan().metrics.at(2);
        panel.setMetric(metric.id);
        QVERIFY(panel.showsChart());
        QCOMPARE(ChartStyle::title(panel.chartView()->chart()), metric.name);

        QVERIFY(doc()->set<&Metric::name>(metric.id.value, QStringLiteral("Weekly reports")));
        QTRY_COMPARE(
            ChartStyle::title(panel.chartView()->chart()), QStringLiteral("Weekly reports"));

        QVERIFY(doc()->removeRow(tableOf<Metric>(), metric.id.value));
        QTRY_VERIFY(!panel.showsChart());
        doc()->undoStack()->undo();
        QTRY_VERIFY(panel.showsChart());
    }

    void chartViewExportsWhatItShows()
    {
        MetricChartPanel panel(doc());
        const Metric metric = doc()->plan().metrics.at(0);
        panel.setMetric(metric.id);
        panel.resize(800, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const Figure figure = panel.chartView()->figure();
        QCOMPARE(figure.title, metric.name);
        // The view's size, in points (it scales points to the screen).
        const qreal scale = panel.chartView()->logicalDpiY() / 72.0;
        QVERIFY(qAbs(figure.naturalSize.width() * scale - panel.chartView()->viewport()->width())
            < 1.5);
        // The chart fills the view, laid out in points.
        QVERIFY(
            qAbs(panel.chartView()->chart()->size().width() - figure.naturalSize.width()) < 1.5);
    }
};

QTEST_MAIN(TestDashboardPanel)
#include "tst_dashboardpanel.moc"
