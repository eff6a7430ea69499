// SPDX-License-Identifier: GPL-3.0-or-later
// Chart building and drawing: a KPI chart with 5,000 measurements, and the whole
// dashboard of the Acme sample plan, each built and drawn into a 1200 × 700 image.
// Not run by ctest:
//   QT_QPA_PLATFORM=offscreen ./build/release/tests/bench/bench_charts
#include "../support/chartplans.h"
#include "benchtable.h"
#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "charts/chartview.h"
#include "charts/dashboardpanel.h"
#include "charts/kpichart.h"
#include "charts/outcomesoverviewchart.h"
#include "document/plandocument.h"
#include "storage/workspacebootstrap.h"

#include <QApplication>
#include <QChart>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace accord;
using namespace accord::bench;

namespace {

constexpr int kRuns = 21;
const QSize kImageSize(1200, 700);

// Builds the figure and draws it into a fresh 1200 × 700 image.
void drawFigure(const Figure &figure)
{
    QImage image(kImageSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    figure.paint(&painter, QRectF(QPointF(0, 0), QSizeF(kImageSize)));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    BenchTable table;
    const QDate today = test::chartToday();

    const Plan big = test::kpiPlan(Direction::Increase, 5000);
    table.add(QStringLiteral("KPI chart, 5,000 measurements: build"),
        medianMs(
            kRuns, [&] { delete buildKpiChart(big, test::kChartMetric, today, Medium::Screen); }),
        QStringLiteral("ms"));
    table.add(QStringLiteral("KPI chart, 5,000 measurements: build + draw"),
        medianMs(kRuns,
            [&] { drawFigure(kpiChartFigure(big, test::kChartMetric, today, Medium::Screen)); }),
        QStringLiteral("ms"));
    table.add(QStringLiteral("KPI chart, 5,000 measurements: build + draw (slide)"),
        medianMs(kRuns,
            [&] { drawFigure(kpiChartFigure(big, test::kChartMetric, today, Medium::Slide)); }),
        QStringLiteral("ms"));

    QTemporaryDir dir;
    auto ws = WorkspaceBootstrap::open(dir.filePath(QStringLiteral("charts.accord")), true);
    if (!ws)
        qFatal("%s", qPrintable(ws.error()));
    const Result<Plan> acme = (*ws)->loadPlan((*ws)->listPlans()->front().id);
    if (!acme)
        qFatal("%s", qPrintable(acme.error()));
    PlanDocument document(**ws, *acme);

    table.add(QStringLiteral("Acme: every chart as a figure, build + draw"),
        medianMs(kRuns,
            [&] {
                for (const Metric &m : acme->metrics)
                    drawFigure(kpiChartFigure(*acme, m.id, today, Medium::Print));
                drawFigure(outcomesOverviewFigure(*acme, today, Medium::Print));
            }),
        QStringLiteral("ms"));

    DashboardPanel panel(&document);
    panel.setToday(today);
    panel.resize(kImageSize);
    panel.show();
    QCoreApplication::processEvents();
    QImage image(kImageSize, QImage::Format_ARGB32_Premultiplied);
    table.add(QStringLiteral("Acme dashboard: rebuild + draw (1200 × 700)"),
        medianMs(kRuns,
            [&] {
                panel.rebuild();
                panel.render(&image);
            }),
        QStringLiteral("ms"));
    table.add(QStringLiteral("Acme dashboard: first build (new panel) + draw"),
        medianMs(kRuns,
            [&] {
                DashboardPanel fresh(&document);
                fresh.setToday(today);
                fresh.resize(kImageSize);
                fresh.render(&image);
            }),
        QStringLiteral("ms"));
    QWidget *content = panel.findChild<QWidget *>(QStringLiteral("dashboardContent"));
    content->resize(kImageSize.width(), content->sizeHint().height());
    QImage page(content->size(), QImage::Format_ARGB32_Premultiplied);
    table.add(QStringLiteral("Acme dashboard: rebuild + draw the whole page"),
        medianMs(kRuns,
            [&] {
                panel.rebuild();
                content->render(&page);
            }),
        QStringLiteral("ms"));

    QTextStream out(stdout);
    table.print(out);
    return 0;
}
