// SPDX-License-Identifier: GPL-3.0-or-later
// Editor responsiveness on a 10,000-plan workspace (plus the Acme sample plan):
// time to first window, to open a plan, to switch section pages. Not run by ctest:
//   QT_QPA_PLATFORM=offscreen ./build/release/tests/bench/bench_ui
#include "benchtable.h"
#include "editors/planeditor.h"
#include "portfolio/portfolionavigator.h"
#include "sample/samplegenerator.h"
#include "storage/workspacebootstrap.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using namespace accord::bench;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ui.accord"));
    PlanId acme;
    {
        auto ws = WorkspaceBootstrap::open(path, true);
        if (!ws)
            qFatal("%s", qPrintable(ws.error()));
        acme = (*ws)->listPlans()->front().id;
        SampleGenerator generator(3);
        for (int i = 0; i < 20; ++i)
            (void)(*ws)->insertPlans(generator.generate(500));
    }
    BenchTable table;
    const double first = medianMs(5, [&] {
        MainWindow window;
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        window.openWorkspace(path);
        QCoreApplication::processEvents();
    });
    table.add(QStringLiteral("first window: open 10,001-plan workspace + plan"), first,
        QStringLiteral("ms"));

    MainWindow window;
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    window.openWorkspace(path);
    const auto plans = window.workspace()->listPlans().value();
    int next = 0;
    table.add(QStringLiteral("open a plan"),
        medianMs(21,
            [&] {
                window.openPlan(plans[std::size_t(next++ * 97 % int(plans.size()))].id);
                QCoreApplication::processEvents();
            }),
        QStringLiteral("ms"));

    window.openPlan(acme);
    PlanEditor *editor = window.editor();
    const double firstVisit = medianMs(editor->pageCount(), [&, page = 0]() mutable {
        editor->showPage(page++);
        QCoreApplication::processEvents();
    });
    table.add(
        QStringLiteral("switch page, first visit (Acme plan)"), firstVisit, QStringLiteral("ms"));
    const double again = medianMs(3 * editor->pageCount(), [&, page = 0]() mutable {
        editor->showPage(page++ % editor->pageCount());
        QCoreApplication::processEvents();
    });
    table.add(QStringLiteral("switch page, later visits"), again, QStringLiteral("ms"));
    QTextStream out(stdout);
    table.print(out);
    return 0;
}
