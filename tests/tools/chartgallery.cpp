// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every kind of chart, for every medium, to PNG files so that they can be
// looked at side by side: the Acme sample plan's charts plus the awkward cases
// (no baseline, no measurements, no dates, one reading, 5,000 readings).
//   QT_QPA_PLATFORM=offscreen accord_chartgallery OUTDIR
#include "../support/chartplans.h"
#include "charts/dashboardpanel.h"
#include "charts/featureimportancechart.h"
#include "charts/healthchart.h"
#include "charts/kpibarchart.h"
#include "charts/kpichart.h"
#include "charts/kpitiles.h"
#include "charts/outcomesoverviewchart.h"
#include "document/plandocument.h"
#include "figureexport.h"
#include "rules/healthscore.h"
#include "storage/workspacebootstrap.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace accord;

namespace {

struct Medium_ {
    Medium medium;
    const char *name;
    int dpi; // Screen as on a monitor, Print as on paper, Slide: 960 pt → 1920 px
};

void write(const QDir &out, const QString &name, const Figure &figure, const Medium_ &m)
{
    const QString path = out.filePath(QStringLiteral("%1-%2.png").arg(name, QLatin1String(m.name)));
    QString error;
    if (!FigureExport::writePng(figure, path, m.dpi, &error))
        fprintf(stderr, "%s\n", qPrintable(error));
}

Plan edgePlan(const char *which)
{
    const QByteArray w(which);
    Plan plan = test::kpiPlan(Direction::Increase, w == "single" ? 1 : w == "many" ? 5000 : 12);
    Metric &m = plan.metrics.front();
    if (w == "nobaseline") {
        m.baselineValue.reset();
    } else if (w == "nomeasurements") {
        plan.measurements.clear();
    } else if (w == "nodates") {
        plan.measurements.clear();
        plan.interimTargets.clear();
        m.baselineDate = {};
        m.targetDate = {};
    } else if (w == "notarget") {
        m.targetValue.reset();
    }
    return plan;
}

// The dashboard of the Acme plan as the application shows it.
bool writeDashboard(const QDir &out, const QDate today)
{
    QTemporaryDir dir;
    auto ws = WorkspaceBootstrap::open(dir.filePath(QStringLiteral("gallery.accord")), true);
    if (!ws)
        return fprintf(stderr, "%s\n", qPrintable(ws.error())), false;
    auto plans = (*ws)->listPlans();
    if (!plans || plans->empty())
        return false;
    auto plan = (*ws)->loadPlan(plans->front().id);
    if (!plan)
        return fprintf(stderr, "%s\n", qPrintable(plan.error())), false;
    PlanDocument document(**ws, *plan);
    DashboardPanel panel(&document);
    panel.setToday(today);
    panel.resize(1400, 900);
    panel.show();
    QCoreApplication::processEvents();
    // The whole page, not only what the scroll area shows.
    QWidget *content = panel.findChild<QWidget *>(QStringLiteral("dashboardContent"));
    content->resize(1400, content->sizeHint().height());
    QCoreApplication::processEvents();
    return content->grab().save(out.filePath(QStringLiteral("dashboard.png")));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        fprintf(stderr, "usage: accord_chartgallery OUTDIR\n");
        return 2;
    }
    const QDir out(app.arguments().at(1));
    QDir().mkpath(out.path());
    const Result<Plan> acme = WorkspaceBootstrap::samplePlan(WorkspaceBootstrap::sampleDay());
    if (!acme) {
        fprintf(stderr, "%s\n", qPrintable(acme.error()));
        return 1;
    }
    const QDate today = test::chartToday();
    for (const Medium_ &m : {Medium_ {Medium::Screen, "screen", 96},
             Medium_ {Medium::Print, "print", 150}, Medium_ {Medium::Slide, "slide", 144}}) {
        for (const Metric &metric : acme->metrics)
            write(out, QStringLiteral("acme-metric%1").arg(metric.id.value),
                kpiChartFigure(*acme, metric.id, today, m.medium), m);
        write(out, QStringLiteral("acme-outcomes"), outcomesOverviewFigure(*acme, today, m.medium),
            m);
        write(out, QStringLiteral("acme-health"), healthFigure(healthScore(*acme), m.medium), m);
        write(out, QStringLiteral("acme-kpibars"), kpiBarFigure(*acme, m.medium), m);
        write(out, QStringLiteral("acme-kpitiles"), kpiTilesFigure(*acme, m.medium), m);
        for (const Persona &p : acme->personas)
            write(out, QStringLiteral("acme-features%1").arg(p.id.value),
                featureImportanceFigure(*acme, p.id, m.medium), m);
        write(out, QStringLiteral("decrease"),
            kpiChartFigure(
                test::kpiPlan(Direction::Decrease, 9), test::kChartMetric, today, m.medium),
            m);
        for (const char *which :
            {"increase", "nobaseline", "nomeasurements", "nodates", "notarget", "single", "many"})
            write(out, QLatin1String(which),
                kpiChartFigure(edgePlan(which), test::kChartMetric, today, m.medium), m);
    }
    FigureExport::writeSvg(kpiChartFigure(test::kpiPlan(Direction::Decrease, 9), test::kChartMetric,
                               today, Medium::Screen),
        out.filePath(QStringLiteral("decrease-screen.svg")));
    return writeDashboard(out, today) ? 0 : 1;
}
