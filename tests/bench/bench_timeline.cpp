// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline responsiveness on a large plan: 200 milestones across 8 phases. Time to
// build the scene and the view and paint the first frame, to zoom, and to draw the
// whole timeline as a printed figure. Not run by ctest:
//   QT_QPA_PLATFORM=offscreen ./build/release/tests/bench/bench_timeline
#include "benchtable.h"
#include "figureexport.h"
#include "timeline/timelinefigure.h"
#include "timeline/timelinescene.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QPixmap>

using namespace accord;
using namespace accord::bench;

namespace {

const QDate kToday(2026, 2, 15);

Plan largePlan(int phases, int milestones)
{
    Plan plan;
    plan.account.contractStart = QDate(2025, 6, 1);
    plan.account.renewalDate = QDate(2026, 12, 1);
    plan.header.nextReview = QDate(2026, 3, 1);
    for (int p = 0; p < phases; ++p)
        plan.phases.push_back(Phase {PhaseId(p + 1), QStringLiteral("Phase %1").arg(p + 1),
            QStringLiteral("Months %1-%2").arg(2 * p + 1).arg(2 * p + 3), {}, {}});
    const TaskStatus statuses[] = {TaskStatus::Complete, TaskStatus::InProgress,
        TaskStatus::Pending, TaskStatus::Blocked, TaskStatus::Pending};
    for (int i = 0; i < milestones; ++i) {
        Milestone m;
        m.id = RowId(i + 1);
        m.phase = PhaseId(i % phases + 1);
        m.name = QStringLiteral("Milestone %1 of the rollout").arg(i + 1);
        m.owner = QStringLiteral("Owner %1").arg(i % 13 + 1);
        const QDate target = QDate(2025, 7, 1).addDays((i * 37) % 520);
        if (i % 3 != 0)
            m.start = target.addDays(-(7 + i % 40));
        m.targetDate = target;
        m.status = statuses[i % 5];
        if (m.status == TaskStatus::Complete)
            m.actualDate = target.addDays(i % 9);
        plan.milestones.push_back(m);
    }
    for (int r = 0; r < 6; ++r) {
        Review review;
        review.id = ReviewId(r + 1);
        review.date = QDate(2025, 7, 15).addMonths(3 * r);
        plan.reviews.push_back(review);
    }
    return plan;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const Plan plan = largePlan(8, 200);
    BenchTable table;
    constexpr int kRuns = 21;

    table.add(QStringLiteral("scene + view + first frame (200 milestones)"),
        medianMs(kRuns,
            [&] {
                TimelineScene scene(plan, kToday);
                TimelineView view(&scene);
                view.resize(1400, 700);
                const QPixmap frame = view.grab();
                if (frame.isNull())
                    qFatal("no frame");
            }),
        QStringLiteral("ms"));

    TimelineScene scene(plan, kToday);
    TimelineView view(&scene);
    view.resize(1400, 700);
    (void)view.grab();
    table.add(QStringLiteral("zoom in + repaint"),
        medianMs(kRuns,
            [&, step = 0]() mutable {
                if (step++ % 8 == 0)
                    view.fitToWidth();
                view.zoomIn();
                (void)view.grab();
            }),
        QStringLiteral("ms"));

    table.add(QStringLiteral("print figure to a 150 dpi image"),
        medianMs(kRuns,
            [&] { (void)FigureExport::toImage(timelineFigure(plan, kToday, Medium::Print), 150); }),
        QStringLiteral("ms"));
    table.add(QStringLiteral("slide figure to SVG"),
        medianMs(
            kRuns, [&] { (void)FigureExport::toSvg(timelineFigure(plan, kToday, Medium::Slide)); }),
        QStringLiteral("ms"));

    QTextStream out(stdout);
    table.print(out);
    return 0;
}
