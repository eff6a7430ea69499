// SPDX-License-Identifier: GPL-3.0-or-later
// Plan ▸ History, driven by keys and the mouse on either backend: the window's
// own edits listed newest first beside a teammate's copied in with the plan,
// narrowed by person, section and days, entries leading to their fields, and a
// field's last change in its tooltip.
#include "../support/testworkspace.h"

#include "document/plandocument.h"
#include "editors/planeditor.h"
#include "editors/tablesection.h"
#include "history/changehistorymodel.h"
#include "history/historypanel.h"
#include "model/plan.h"
#include "models/plantablemodel.h"
#include "storage/workspacebootstrap.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace accord;

namespace {

const QString kNewTitle = QStringLiteral("Acme renewal plan 2027");
const QString kRetro = QStringLiteral("Kickoff retro");

// The table cell that has the focus: its table, row id and field.
std::tuple<const PlanTable *, qint64, FieldRef> focusedCell()
{
    auto *view = qobject_cast<QTableView *>(QApplication::focusWidget());
    auto *model = view ? qobject_cast<PlanTableModel *>(view->model()) : nullptr;
    if (!model || !view->currentIndex().isValid())
        return {};
    const QModelIndex cell = view->currentIndex();
    return {&model->table(), model->rowId(cell.row()), model->field(cell.column())};
}

QString cell(const ChangeHistoryModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The first row whose What column starts with text; -1 when none does.
int rowWhere(const ChangeHistoryModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, ChangeHistoryModel::What).startsWith(text))
            return row;
    }
    return -1;
}

void doubleClick(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, ChangeHistoryModel::What);
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

// Shows the tooltip of widget (at a point of it) and returns its text.
QString toolTipOf(QWidget *widget, QPoint at = QPoint(4, 4))
{
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

// The functions run in order, each on the workspace as the ones before left it.
class TestHistoryPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspaceLocation> m_place;
    PlanId m_plan;
    PlanId m_other;
    Milestone m_moved; // Lisa moved its target date
    QDate m_lisaDay; // when (local day)
    QString m_oldTitle;

    // The window on the workspace and the plan, shown.
    bool openWindow(MainWindow &window)
    {
        window.resize(1440, 900);
        window.show();
        return QTest::qWaitForWindowActive(&window) && window.openWorkspace(m_place->location())
            && window.openPlan(m_plan);
    }

    // Plan ▸ History, as the menu has it.
    static HistoryPanel *openHistory(MainWindow &window)
    {
        auto *planMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("planMenu"));
        auto *action = window.findChild<QAction *>(QStringLiteral("historyAction"));
        if (!planMenu || !action || !planMenu->actions().contains(action) || !action->isEnabled())
            return nullptr;
        action->trigger();
        auto *panel = window.findChild<HistoryPanel *>();
        if (!panel || !QTest::qWaitFor([panel] { return panel->isVisible(); }))
            return nullptr;
        return panel;
    }

    static void typeTitle(MainWindow &window, const QString &title)
    {
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("overview")));
        auto *line = editor->findChild<QLineEdit *>(QStringLiteral("plan.title"));
        QVERIFY(line);
        line->setFocus();
        QTRY_VERIFY(line->hasFocus());
        line->selectAll();
        QTest::keyClicks(line, title);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(window.document()->plan().header.title, title);
    }

    // A milestone added (Insert, its name typed) and removed again (Delete).
    static void addAndRemoveMilestone(MainWindow &window)
    {
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("roadmap")));
        auto *section = editor->page(editor->currentPage())
                            ->findChild<TableSection *>(tableOf<Milestone>().name());
        QVERIFY(section);
        QTableView *view = section->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        const int rows = section->model()->rowCount();
        QTest::keyClick(view, Qt::Key_Insert);
        QTRY_COMPARE(section->model()->rowCount(), rows + 1);
        // Adding opens the first cell's editor: left, and the name typed instead.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(view->hasFocus());
        const QModelIndex added = view->currentIndex();
        view->setCurrentIndex(section->model()->index(
            added.row(), section->model()->columnOf(fieldOf<&Milestone::name>())));
        QTest::keyClick(view, Qt::Key_F2);
        auto *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(name);
        QTest::keyClicks(name, kRetro);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(view->hasFocus());
        QTRY_VERIFY(std::any_of(window.document()->plan().milestones.begin(),
            window.document()->plan().milestones.end(),
            [](const Milestone &m) { return m.name == kRetro; }));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(section->model()->rowCount(), rows);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // A teammate's plan, with its history, copied into the workspace: the
        // sample plan she made and a milestone she moved three weeks ago.
        QTemporaryDir theirs;
        auto source = SqliteWorkspace::open(theirs.filePath(QStringLiteral("lisa.accord")));
        QVERIFY(source);
        auto sample = WorkspaceBootstrap::samplePlan(QDate::currentDate());
        QVERIFY(sample);
        auto stored = (*source)->insertPlan(*sample);
        QVERIFY(stored);
        m_oldTitle = stored->header.title;
        m_moved = stored->milestones.at(1);
        QVERIFY((*source)->apply(stored->id,
            Change::set<&Milestone::targetDate>(m_moved.id.value, m_moved.targetDate.addDays(14))));
        m_moved.targetDate = m_moved.targetDate.addDays(14);
        auto portfolio = (*source)->portfolio();
        QVERIFY(portfolio);
        QCOMPARE(portfolio->planHistory.size(), std::size_t(1));
        QVERIFY(portfolio->planHistory[0].size() >= 2);
        const QDateTime then = QDateTime::currentDateTimeUtc().addDays(-21);
        m_lisaDay = then.toLocalTime().date();
        for (ChangeEntry &entry : portfolio->planHistory[0]) {
            entry.login = QStringLiteral("lisa");
            entry.name = QStringLiteral("Lisa Park");
            entry.at = then;
        }

        m_place = std::make_unique<test::TestWorkspaceLocation>();
        QVERIFY2(m_place->error().isEmpty(), qPrintable(m_place->error()));
        auto ws = m_place->open();
        QVERIFY2(ws, qPrintable(ws.error()));
        QVERIFY((*ws)->insertPortfolio(*portfolio, false));
        const auto plans = (*ws)->listPlans();
        QVERIFY(plans && plans->size() == 1);
        m_plan = plans->front().id;
        Plan other;
        other.account.company = QStringLiteral("Globex");
        other.header.title = QStringLiteral("Globex rollout");
        auto second = (*ws)->insertPlan(other);
        QVERIFY(second);
        m_other = second->id;
    }

    void cleanupTestCase() { m_place.reset(); }

    void theWindowsEditsAreListedNewestFirst()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        typeTitle(window, kNewTitle);
        addAndRemoveMilestone(window);

        HistoryPanel *panel = openHistory(window);
        QVERIFY(panel);
        const ChangeHistoryModel *model = panel->model();
        const auto stored = window.workspace()->history(m_plan);
        QVERIFY(stored);
        QTRY_COMPARE(model->totalCount(), int(stored->size()));
        QCOMPARE(model->rowCount(), model->totalCount());
        const QString me = stored->front().who();
        QVERIFY(me != QStringLiteral("Lisa Park"));

        // Newest first: the row removed, its name typed, the row added, the title.
        const QString milestones = tableOf<Milestone>().label();
        QCOMPARE(cell(model, 0, ChangeHistoryModel::What),
            QStringLiteral("Removed “%1” from %2").arg(kRetro, milestones));
        QCOMPARE(cell(model, 0, ChangeHistoryModel::Section), milestones);
        QCOMPARE(cell(model, 0, ChangeHistoryModel::Who), me);
        QVERIFY2(cell(model, 0, ChangeHistoryModel::When)
                     .startsWith(ChangeHistoryModel::dayText(QDate::currentDate())),
            qPrintable(cell(model, 0, ChangeHistoryModel::When)));
        QCOMPARE(rowWhere(model, QStringLiteral("Added “%1” to %2").arg(kRetro, milestones)), 2);
        const int title = rowWhere(
            model, QStringLiteral("Changed Title from “%1” to “%2”").arg(m_oldTitle, kNewTitle));
        QCOMPARE(title, 3);
        QCOMPARE(cell(model, title, ChangeHistoryModel::Section), QStringLiteral("Plan"));
        // The values before and after, in full, as the tooltip and under the list.
        const QString details = model->index(title, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(details.contains(QStringLiteral("Before: ") + m_oldTitle), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("After: ") + kNewTitle), qPrintable(details));
        panel->view()->setCurrentIndex(model->index(title, 0));
        auto *below = panel->findChild<QLabel *>(QStringLiteral("historyDetails"));
        QCOMPARE(below->text(), details);

        // Lisa's entries, older, with her name and day.
        const int moved
            = rowWhere(model, QStringLiteral("Moved Target date of “%1” from ").arg(m_moved.name));
        QVERIFY(moved > title);
        QCOMPARE(cell(model, moved, ChangeHistoryModel::Who), QStringLiteral("Lisa Park"));
        QVERIFY(cell(model, moved, ChangeHistoryModel::When)
                    .startsWith(ChangeHistoryModel::dayText(m_lisaDay)));
        QVERIFY(cell(model, moved, ChangeHistoryModel::What)
                    .endsWith(ChangeHistoryModel::dayText(m_moved.targetDate)));

        // Nothing in the list can be edited or deleted.
        QVERIFY(!(model->flags(model->index(0, ChangeHistoryModel::What)) & Qt::ItemIsEditable));
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QTest::keyClick(panel->view(), Qt::Key_F2);
        QCOMPARE(int(window.workspace()->history(m_plan)->size()), int(stored->size()));
        QCOMPARE(model->totalCount(), int(stored->size()));
    }

    void filtersNarrowTheList()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        HistoryPanel *panel = openHistory(window);
        QVERIFY(panel);
        const ChangeHistoryModel *model = panel->model();
        QTRY_VERIFY(model->totalCount() > 4);
        const int all = model->totalCount();
        auto *count = panel->findChild<QLabel *>(QStringLiteral("historyCount"));
        QCOMPARE(count->text(), QStringLiteral("%1 changes").arg(all));

        // A person, chosen by typing the name's beginning in the combo.
        auto *person = panel->findChild<QComboBox *>(QStringLiteral("historyPerson"));
        QCOMPARE(person->itemText(0), QStringLiteral("Everyone"));
        QVERIFY(person->findText(QStringLiteral("Lisa Park")) > 0);
        person->setFocus();
        QTest::keyClicks(person, QStringLiteral("Lisa"));
        QCOMPARE(person->currentText(), QStringLiteral("Lisa Park"));
        QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(cell(model, row, ChangeHistoryModel::Who), QStringLiteral("Lisa Park"));
        QCOMPARE(count->text(), QStringLiteral("%1 of %2 changes").arg(model->rowCount()).arg(all));
        QTest::keyClick(person, Qt::Key_Home);
        QCOMPARE(model->rowCount(), all);

        // A section: only the milestones' entries.
        auto *section = panel->findChild<QComboBox *>(QStringLiteral("historySection"));
        QCOMPARE(section->itemText(0), QStringLiteral("All sections"));
        QVERIFY(section->findText(QStringLiteral("Plan")) > 0);
        section->setFocus();
        QTest::keyClicks(section, tableOf<Milestone>().label());
        QCOMPARE(section->currentText(), tableOf<Milestone>().label());
        QVERIFY(model->rowCount() >= 4 && model->rowCount() < all);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->entry(row).table, tableOf<Milestone>().name());
        QTest::keyClick(section, Qt::Key_Home);
        QCOMPARE(model->rowCount(), all);

        // Days: up to ten days ago only Lisa's; from ten days ago only the window's.
        auto *untilOn = panel->findChild<QCheckBox *>(QStringLiteral("historyUntilOn"));
        auto *until = panel->findChild<QDateEdit *>(QStringLiteral("historyUntil"));
        QVERIFY(!until->isEnabled());
        QTest::mouseClick(untilOn, Qt::LeftButton, {}, QPoint(6, untilOn->height() / 2));
        QVERIFY(untilOn->isChecked() && until->isEnabled());
        QCOMPARE(model->rowCount(), all); // until today: everything
        until->setDate(QDate::currentDate().addDays(-10));
        const int lisas = model->rowCount();
        QVERIFY(lisas > 0 && lisas < all);
        for (int row = 0; row < lisas; ++row)
            QCOMPARE(model->entry(row).login, QStringLiteral("lisa"));
        QTest::mouseClick(untilOn, Qt::LeftButton, {}, QPoint(6, untilOn->height() / 2));
        QCOMPARE(model->rowCount(), all);
        auto *sinceOn = panel->findChild<QCheckBox *>(QStringLiteral("historySinceOn"));
        auto *since = panel->findChild<QDateEdit *>(QStringLiteral("historySince"));
        QTest::mouseClick(sinceOn, Qt::LeftButton, {}, QPoint(6, sinceOn->height() / 2));
        QCOMPARE(since->date(), m_lisaDay); // starts at the oldest entry's day
        QCOMPARE(model->rowCount(), all);
        since->setDate(QDate::currentDate().addDays(-10));
        QCOMPARE(model->rowCount(), all - lisas);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->entry(row).login != QStringLiteral("lisa"));
    }

    void anEntryLeadsToItsField()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        window.editor()->showPage(QStringLiteral("dashboard"));
        HistoryPanel *panel = openHistory(window);
        QVERIFY(panel);
        const ChangeHistoryModel *model = panel->model();
        QTRY_VERIFY(model->totalCount() > 4);
        QTableView *view = panel->view();

        // The title's entry: a double click focuses the title field.
        const int title = rowWhere(model, QStringLiteral("Changed Title from "));
        QVERIFY(title >= 0);
        doubleClick(view, title);
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("plan.title"));
        QCOMPARE(
            window.editor()->pageId(window.editor()->currentPage()), QStringLiteral("overview"));

        // Lisa's milestone: its cell in the roadmap's table.
        const int moved = rowWhere(model, QStringLiteral("Moved Target date of "));
        QVERIFY(moved >= 0);
        doubleClick(view, moved);
        QTRY_VERIFY(std::get<0>(focusedCell()) == &tableOf<Milestone>());
        QCOMPARE(std::get<1>(focusedCell()), m_moved.id.value);
        QVERIFY(std::get<2>(focusedCell()) == fieldOf<&Milestone::targetDate>());

        // Enter does the same.
        view->setFocus();
        view->setCurrentIndex(model->index(title, ChangeHistoryModel::What));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("plan.title"));

        // A row that is gone, and the whole plan: nothing to go to, said so.
        const int removed = rowWhere(model, QStringLiteral("Removed “%1”").arg(kRetro));
        QVERIFY(removed >= 0);
        doubleClick(view, removed);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(u"nothing to go to"),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(view->hasFocus());
        window.statusBar()->clearMessage();
        const int copied = rowWhere(model, QStringLiteral("Copied the plan "));
        QVERIFY(copied >= 0);
        doubleClick(view, copied);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(u"no field to go to"),
            qPrintable(window.statusBar()->currentMessage()));
    }

    void itFollowsThePlanAndItsChanges()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        HistoryPanel *panel = openHistory(window);
        QVERIFY(panel);
        const ChangeHistoryModel *model = panel->model();
        QTRY_VERIFY(model->totalCount() > 4);
        const int before = model->totalCount();
        typeTitle(window, QStringLiteral("Acme plan, take two"));
        QTRY_COMPARE(model->totalCount(), before + 1);
        QCOMPARE(cell(model, 0, ChangeHistoryModel::What),
            QStringLiteral("Changed Title from “%1” to “Acme plan, take two”").arg(kNewTitle));
        // Undo is a change too.
        window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QTRY_COMPARE(model->totalCount(), before + 2);
        QCOMPARE(cell(model, 0, ChangeHistoryModel::What),
            QStringLiteral("Changed Title from “Acme plan, take two” to “%1”").arg(kNewTitle));

        // Another plan: its history.
        QVERIFY(window.openPlan(m_other));
        QTRY_COMPARE(model->totalCount(), 1);
        QCOMPARE(cell(model, 0, ChangeHistoryModel::What),
            QStringLiteral("Created the plan “Globex rollout”"));

        // Ctrl+H from a field brings the closed panel back.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("historyDock"));
        dock->close();
        QTRY_VERIFY(!panel->isVisible());
        auto *line = window.editor()->findChild<QLineEdit *>(QStringLiteral("plan.title"));
        QVERIFY(window.editor()->showPage(QStringLiteral("overview")));
        line->setFocus();
        QTRY_VERIFY(line->hasFocus());
        QTest::keyClick(line, Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(panel->view()->hasFocus());
    }

    void aFieldsTooltipSaysItsLastChange()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        const auto last = window.workspace()->history(m_plan, [] {
            ChangeFilter filter;
            filter.tables = {headerTable().name()};
            filter.field = QStringLiteral("title");
            filter.limit = 1;
            return filter;
        }());
        QVERIFY(last && last->size() == 1);
        const QDateTime at = last->front().at.toLocalTime();
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("overview")));
        auto *title = editor->findChild<QLineEdit *>(QStringLiteral("plan.title"));
        QTRY_VERIFY(title->isVisible());
        const QString tip = toolTipOf(title);
        const QString expected
            = QStringLiteral("Last changed by %1 on %2 at %3; it was “%4”.")
                  .arg(last->front().who(), ChangeHistoryModel::dayText(at.date()),
                      ChangeHistoryModel::timeText(at.time()), last->front().oldValue);
        QVERIFY2(tip.contains(expected), qPrintable(tip));

        // A cell of a table: Lisa's move of the target date.
        QVERIFY(editor->showPage(QStringLiteral("roadmap")));
        auto *section = editor->page(editor->currentPage())
                            ->findChild<TableSection *>(tableOf<Milestone>().name());
        QTRY_VERIFY(section && section->isVisible());
        const QModelIndex target
            = section->model()->index(section->model()->rowOf(m_moved.id.value),
                section->model()->columnOf(fieldOf<&Milestone::targetDate>()));
        QVERIFY(target.isValid());
        const QString cellTip
            = toolTipOf(section->view()->viewport(), section->view()->visualRect(target).center());
        QVERIFY2(cellTip.contains(QStringLiteral("Last changed by Lisa Park on %1 at ")
                                      .arg(ChangeHistoryModel::dayText(m_lisaDay))),
            qPrintable(cellTip));
        QVERIFY2(cellTip.contains(
                     QStringLiteral("it was “%1”")
                         .arg(ChangeHistoryModel::dayText(m_moved.targetDate.addDays(-14)))),
            qPrintable(cellTip));
        // A cell nobody changed since the plan was made.
        const QModelIndex owner = section->model()->index(section->model()->rowOf(m_moved.id.value),
            section->model()->columnOf(fieldOf<&Milestone::name>()));
        QVERIFY(owner.isValid());
        const QString none
            = toolTipOf(section->view()->viewport(), section->view()->visualRect(owner).center());
        QVERIFY2(none.contains(QStringLiteral("No change of this field is recorded.")),
            qPrintable(none));
    }

    // Tens of thousands of entries: all listed, narrowed at once, and after an
    // edit (only the newest days read again) still exactly what the workspace holds.
    void aLongHistoryStaysWhole()
    {
        auto ws = m_place->open();
        QVERIFY(ws);
        const auto plan = (*ws)->loadPlan(m_plan);
        QVERIFY(plan);
        Portfolio big;
        big.accounts = {plan->account};
        big.plans = {*plan};
        big.plans[0].header.title = QStringLiteral("A long history");
        std::vector<ChangeEntry> entries;
        const int count = 30000;
        const QStringList people {QStringLiteral("Ada Lowe"), QStringLiteral("Ben Ortiz"),
            QStringLiteral("Cleo Brandt"), QStringLiteral("Dev Rao"), QStringLiteral("Eva Stone"),
            QStringLiteral("Finn Hale"), QStringLiteral("Gus Kim")};
        int devs = 0;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-300);
        for (int i = 0; i < count; ++i) {
            const Milestone &m = plan->milestones[std::size_t(i) % plan->milestones.size()];
            ChangeEntry e;
            e.at = start.addSecs(i * 600);
            e.login = QStringLiteral("csm%1").arg(i % 7);
            e.name = people[i % 7];
            devs += i % 7 == 3;
            e.table = tableOf<Milestone>().name();
            e.rowId = m.id.value;
            e.field = QStringLiteral("notes");
            e.oldValue = QStringLiteral("Note %1").arg(i);
            e.newValue = QStringLiteral("Note %1").arg(i + 1);
            entries.push_back(e);
        }
        std::reverse(entries.begin(), entries.end()); // newest first
        big.planHistory = {entries};
        QVERIFY((*ws)->insertPortfolio(big, true));
        const auto plans = (*ws)->listPlans();
        QVERIFY(plans);
        const auto found = std::find_if(plans->begin(), plans->end(),
            [](const PlanSummary &p) { return p.title == u"A long history"; });
        QVERIFY(found != plans->end());
        const PlanId id = found->id;

        MainWindow window;
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_place->location()) && window.openPlan(id));
        HistoryPanel *panel = openHistory(window);
        QVERIFY(panel);
        const ChangeHistoryModel *model = panel->model();
        QTRY_COMPARE(model->totalCount(), count + 1); // and the copy
        QCOMPARE(model->entry(count).newValue, QStringLiteral("Note 1"));

        auto *person = panel->findChild<QComboBox *>(QStringLiteral("historyPerson"));
        QCOMPARE(person->count(), 1 + 7 + 1); // everyone, the seven, this computer's user
        person->setFocus();
        QTest::keyClicks(person, QStringLiteral("Dev"));
        QCOMPARE(person->currentText(), QStringLiteral("Dev Rao"));
        QCOMPARE(model->rowCount(), devs);
        QTest::keyClick(person, Qt::Key_Home);

        typeTitle(window, QStringLiteral("A long history, continued"));
        QTRY_COMPARE(model->totalCount(), count + 2);
        const auto stored = window.workspace()->history(id);
        QVERIFY(stored);
        QCOMPARE(model->rowCount(), int(stored->size()));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->entry(row).id, (*stored)[std::size_t(row)].id);
        QVERIFY(cell(model, 0, ChangeHistoryModel::What).endsWith(u"“A long history, continued”"));
    }

    // The panel left open comes back with the window, under an editor that
    // keeps room to work in (the window's saved state alone would squeeze it).
    void itComesBackWithTheWindow()
    {
        {
            MainWindow window;
            QVERIFY(openWindow(window));
            HistoryPanel *panel = openHistory(window);
            QVERIFY(panel);
            QTRY_VERIFY(window.editor()->height() >= 300);
            QVERIFY(window.close());
        }
        MainWindow window;
        QVERIFY(openWindow(window));
        auto *panel = window.findChild<HistoryPanel *>();
        QTRY_VERIFY(panel->isVisible());
        QTRY_VERIFY(panel->model()->totalCount() > 4);
        QTRY_VERIFY2(window.editor()->height() >= 300,
            qPrintable(QString::number(window.editor()->height())));
        QVERIFY(panel->height() >= panel->minimumSizeHint().height());
    }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
