// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window with the Acme Corp sample plan on every section page,
// in the light and the dark palette, the timeline zoomed in, and the
// presentation's title, KPI and timeline slides at 1920×1080:
//   accord_screenshots OUTDIR        (packaging/screenshots.sh runs it offscreen)
#include "document/plandocument.h"
#include "document/reportpreview.h"
#include "editors/planeditor.h"
#include "presentation/presentationwindow.h"
#include "print/exportdialog.h"
#include "report/reportbuilder.h"
#include "storage/workspacebootstrap.h"
#include "style/theme.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QApplication>

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <array>

using namespace accord;

namespace {

bool save(const QImage &image, const QString &file)
{
    if (!image.save(file))
        return false;
    printf("%s\n", qPrintable(file));
    return true;
}

// The timeline page once more, zoomed in three steps from "fit to width".
bool zoomedTimeline(MainWindow &window, const QDir &out)
{
    if (!window.editor()->showPage(QStringLiteral("timeline")))
        return false;
    QTest::qWait(50);
    auto *panel = window.editor()->findChild<TimelinePanel *>();
    if (!panel)
        return false;
    for (int i = 0; i < 3; ++i)
        panel->view()->zoomIn();
    QTest::qWait(50);
    return save(window.grab().toImage(), out.filePath(QStringLiteral("timeline-zoomed.png")));
}

// The title slide, the first KPI slide and the timeline slide at full HD, as the
// presentation shows them in the window's theme.
bool slides(MainWindow &window, const QDir &out, const QString &suffix)
{
    PresentationWindow presentation(window.document()->plan(), QDate::currentDate());
    const QStringList wanted {
        QStringLiteral("title"), QStringLiteral("kpi"), QStringLiteral("timeline")};
    const int kpi = 2; // after the title and the outcomes overview
    int timeline = -1;
    for (int i = 0; i < presentation.slideCount(); ++i) {
        if (presentation.slideTitle(i) == u"Roadmap")
            timeline = i;
    }
    const std::array indexes {0, kpi, timeline};
    for (std::size_t i = 0; i < indexes.size(); ++i) {
        if (indexes[i] < 0 || indexes[i] >= presentation.slideCount())
            return false;
        const QString file
            = out.filePath(QStringLiteral("slide-%1%2.png").arg(wanted[int(i)], suffix));
        if (!save(presentation.renderSlide(indexes[i], QSize(1920, 1080)), file))
            return false;
    }
    return true;
}

// File ▸ Export PDF with the sample plan, the internal version chosen, and the
// customer document's title page as printed.
bool documentPictures(MainWindow &window, const QDir &out)
{
    const Plan &plan = window.document()->plan();
    ReportOptions options;
    options.vendor = QStringLiteral("Northwind Software");
    ExportDialog dialog(plan, options, DocumentFigures::standard(), &window);
    dialog.resize(1300, 860);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    QTest::qWait(600); // the preview is drawn after a pause
    if (!dialog.grab().save(out.filePath(QStringLiteral("export-dialog.png"))))
        return false;
    dialog.close();
    const Report report = ReportBuilder::build(plan, options);
    const DocumentFigures figures = DocumentFigures::standard();
    const ReportPreview preview(report, options.paper, 110, [&](const ReportBlock::Figure &place) {
        return figures.figureFor(plan, place, options.today);
    });
    return save(preview.page(0), out.filePath(QStringLiteral("document-title.png")));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (app.arguments().size() != 2) {
        fprintf(stderr, "usage: accord_screenshots OUTDIR\n");
        return 2;
    }
    const QDir out(app.arguments().at(1));
    QDir().mkpath(out.path());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("screenshots.accord"));
    if (auto ws = WorkspaceBootstrap::open(path, true); !ws) {
        fprintf(stderr, "%s\n", qPrintable(ws.error()));
        return 1;
    }
    for (const auto &[kind, suffix] : {std::pair {Theme::Kind::Light, QString()},
             std::pair {Theme::Kind::Dark, QStringLiteral("-dark")}}) {
        Theme::apply(kind);
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openWorkspace(path)
            || !window.editor())
            return 1;
        for (int p = 0; p < window.editor()->pageCount(); ++p) {
            window.editor()->showPage(p);
            QTest::qWait(50);
            const QString file = out.filePath(QStringLiteral("%1-%2%3.png")
                                                  .arg(p + 1, 2, 10, QLatin1Char('0'))
                                                  .arg(window.editor()->pageId(p), suffix));
            if (!window.grab().save(file))
                return 1;
            printf("%s\n", qPrintable(file));
        }
        if (!slides(window, out, suffix))
            return 1;
        if (kind == Theme::Kind::Light
            && (!zoomedTimeline(window, out) || !documentPictures(window, out)))
            return 1;
    }
    return 0;
}
