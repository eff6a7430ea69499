// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window with the Acme Corp sample plan on every section page,
// in the light and the dark palette, the timeline zoomed in, and the
// presentation's title, KPI and timeline slides at 1920×1080, and Plan ▸ History
// after a few weeks of a team's edits:
//   accord_screenshots OUTDIR        (packaging/screenshots.sh runs it offscreen)
//   accord_screenshots OUTDIR history   (only history-panel.png)
#include "document/plandocument.h"
#include "document/reportpreview.h"
#include "editors/planeditor.h"
#include "history/changehistorymodel.h"
#include "history/historypanel.h"
#include "presentation/presentationwindow.h"
#include "print/exportdialog.h"
#include "report/reportbuilder.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacebootstrap.h"
#include "style/theme.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTableView>
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

// The sample plan's edits of the last week, made through the document.
bool editSample(PlanDocument &document)
{
    const Plan &plan = document.plan();
    const auto milestone = [&](const char *name) {
        const auto found = std::find_if(plan.milestones.begin(), plan.milestones.end(),
            [&](const Milestone &m) { return m.name == QLatin1String(name); });
        return found == plan.milestones.end() ? qint64(0) : found->id.value;
    };
    const auto risk = [&](const char *code) {
        const auto found = std::find_if(plan.risks.begin(), plan.risks.end(),
            [&](const Risk &r) { return r.code == QLatin1String(code); });
        return found == plan.risks.end() ? qint64(0) : found->id.value;
    };
    const auto lisa = std::find_if(plan.stakeholders.begin(), plan.stakeholders.end(),
        [](const Stakeholder &s) { return s.name == u"Lisa Park"; });
    const qint64 moved = milestone("Automated scheduling enabled");
    const qint64 started = milestone("Validation rules defined with finance");
    const qint64 security = risk("R1");
    const qint64 gone = risk("R2");
    if (!moved || !started || !security || !gone || lisa == plan.stakeholders.end())
        return false;
    const qint64 person = lisa->id.value;
    const QDate target = QDate::currentDate().addDays(14);
    const QDate review = plan.header.nextReview.addDays(21);
    bool ok = document.set<&Stakeholder::engagement>(person, QStringLiteral("active")).ok();
    ok = ok && document.set<&Milestone::targetDate>(moved, target).ok();
    ok = ok
        && document
               .set<&Risk::mitigation>(security,
                   QStringLiteral("Security review with Lisa Park's team booked for the 10th; "
                                  "API scopes sent in advance"))
               .ok();
    ok = ok && document.set<&Milestone::status>(started, TaskStatus::InProgress).ok();
    ok = ok
        && document
               .insertRow(tableOf<Milestone>(), int(plan.milestones.size()),
                   {{fieldOf<&Milestone::name>(), QStringLiteral("Executive sponsor check-in")},
                       {fieldOf<&Milestone::owner>(), QStringLiteral("Jane Smith")},
                       {fieldOf<&Milestone::targetDate>(), target.addDays(21)}})
               .ok();
    ok = ok && document.removeRow(tableOf<Risk>(), gone).ok();
    ok = ok && document.set<&Risk::status>(security, RiskStatus::Monitoring).ok();
    ok = ok && document.set<&PlanHeader::nextReview>(plan.id.value, review).ok();
    return ok;
}

// Plan ▸ History after a week of the vendor team's edits. The edits are made
// through the document; the workspace is then copied (a copy keeps who wrote
// each entry and when) as the three people of the plan's vendor team wrote them
// over the last week. The list shows the days up to yesterday: the copy
// itself is today's.
bool historyPanel(const QDir &out)
{
    QTemporaryDir dir;
    const QString made = dir.filePath(QStringLiteral("made.accord"));
    auto source = WorkspaceBootstrap::open(made, true);
    if (!source)
        return false;
    const auto plans = (*source)->listPlans();
    if (!plans || plans->empty())
        return false;
    {
        auto plan = (*source)->loadPlan(plans->front().id);
        if (!plan)
            return false;
        PlanDocument document(**source, *plan);
        if (!editSample(document))
            return false;
    }
    auto portfolio = (*source)->portfolio();
    if (!portfolio || portfolio->planHistory.size() != 1)
        return false;
    const std::pair<QString, QString> team[]
        = {{QStringLiteral("jsmith"), QStringLiteral("Jane Smith")},
            {QStringLiteral("tbrown"), QStringLiteral("Tom Brown")},
            {QStringLiteral("praman"), QStringLiteral("Priya Raman")}};
    // Newest first, over the last week's working hours.
    const struct {
        int daysAgo;
        int hour, minute;
        int writer; // of team
    } when[] = {{1, 16, 42, 0}, {1, 11, 5, 1}, {2, 15, 20, 0}, {2, 14, 58, 0}, {3, 10, 12, 1},
        {4, 17, 31, 0}, {4, 9, 47, 0}, {5, 14, 3, 1}, {7, 10, 30, 2}, {8, 9, 15, 0}, {8, 8, 50, 0},
        {9, 16, 20, 0}};
    std::vector<ChangeEntry> &history = portfolio->planHistory.front();
    if (history.size() > std::size(when))
        return false;
    for (std::size_t i = 0; i < history.size(); ++i) {
        const auto &[login, name] = team[when[i].writer];
        history[i].login = login;
        history[i].name = name;
        history[i].at = QDateTime(
            QDate::currentDate().addDays(-when[i].daysAgo), QTime(when[i].hour, when[i].minute))
                            .toUTC();
    }
    history.back().login = team[0].first; // the plan made by its CSM
    history.back().name = team[0].second;
    const QString shown = dir.filePath(QStringLiteral("history.accord"));
    {
        auto target = SqliteWorkspace::open(shown);
        if (!target || !(*target)->insertPortfolio(*portfolio, false))
            return false;
    }
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openWorkspace(shown) || !window.editor())
        return false;
    window.editor()->showPage(QStringLiteral("roadmap"));
    auto *action = window.findChild<QAction *>(QStringLiteral("historyAction"));
    auto *panel = window.findChild<HistoryPanel *>();
    if (!action || !panel)
        return false;
    action->trigger();
    auto *untilOn = panel->findChild<QCheckBox *>(QStringLiteral("historyUntilOn"));
    auto *until = panel->findChild<QDateEdit *>(QStringLiteral("historyUntil"));
    untilOn->setChecked(true);
    until->setDate(QDate::currentDate().addDays(-1));
    QTableView *view = panel->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()
                ->index(row, ChangeHistoryModel::What)
                .data()
                .toString()
                .startsWith(u"Moved Target date"))
            view->setCurrentIndex(view->model()->index(row, 0));
    }
    QTest::qWait(100);
    // Tall enough for the week's changes, the roadmap's milestones above.
    window.resizeDocks(
        {window.findChild<QDockWidget *>(QStringLiteral("historyDock"))}, {400}, Qt::Vertical);
    QTest::qWait(100);
    return save(window.grab().toImage(), out.filePath(QStringLiteral("history-panel.png")));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3 || (args.size() == 3 && args[2] != u"history")) {
        fprintf(stderr, "usage: accord_screenshots OUTDIR [history]\n");
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    if (args.size() == 3) {
        Theme::apply(Theme::Kind::Light);
        return historyPanel(out) ? 0 : 1;
    }
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
    Theme::apply(Theme::Kind::Light);
    if (!historyPanel(out))
        return 1;
    return 0;
}
