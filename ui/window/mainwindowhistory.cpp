// SPDX-License-Identifier: GPL-3.0-or-later
// Plan ▸ History (the open plan's change history in a dock, its entries leading
// to their fields) and what this login may do with the open plan.
#include "mainwindow.h"

#include "dialogs/accountteamdialog.h"

#include "document/plandocument.h"
#include "editors/planeditor.h"
#include "history/fieldhistory.h"
#include "history/historypanel.h"
#include "model/plan.h"
#include "model/plantable.h"
#include "storage/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace accord {

namespace {

constexpr int kEditorMinimumHeight = 300; // above the History panel

} // namespace

void MainWindow::createHistoryDock()
{
    m_history = new HistoryPanel(this);
    auto *dock = new QDockWidget(tr("History"), this);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(m_history);
    // Under the editor; the portfolio keeps the window's whole height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    connect(m_history, &HistoryPanel::entryActivated, this, &MainWindow::showHistoryEntry);
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            fitHistoryDock();
    });
}

// A dock shown, restored with the window's state or under a new central widget
// can take nearly all the height (as side docks the width, see DockWidthKeeper):
// once laid out, the editor gets back all but a third of the window.
void MainWindow::fitHistoryDock()
{
    QTimer::singleShot(0, this, [this] {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("historyDock"));
        if (!isVisible() || !dock || !dock->isVisible() || dock->isFloating() || !centralWidget()
            || centralWidget()->height() >= kEditorMinimumHeight)
            return;
        resizeDocks({dock}, {qMax(dock->minimumSizeHint().height(), height() / 3)}, Qt::Vertical);
    });
}

void MainWindow::attachHistory()
{
    if (!m_history)
        return;
    m_history->setPlan(m_document ? m_workspace.get() : nullptr, m_document);
    fitHistoryDock(); // under the new editor
    if (!m_editor || !m_document)
        return;
    // Read when a field's tooltip is about to show, never while the form is built.
    m_editor->setLastChange([this, document = m_document](FieldRef field, qint64 rowId) {
        return m_workspace ? FieldHistory::lastChange(*m_workspace, document->plan(), field, rowId)
                           : QString();
    });
}

void MainWindow::showHistory()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("historyDock"));
    dock->show();
    dock->raise();
    QTableView *view = m_history->view();
    view->setFocus(Qt::ShortcutFocusReason);
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

void MainWindow::showHistoryEntry(const ChangeEntry &entry)
{
    if (!m_document || !m_editor || entry.plan != m_document->id())
        return;
    const Plan &plan = m_document->plan();
    const PlanTable *table = findPlanTable(entry.table);
    const bool wholePlan = entry.table == u"plan" && entry.field.isEmpty();
    const int field = table && !entry.field.isEmpty() ? table->fieldIndex(entry.field) : -1;
    QString nothing;
    if (wholePlan || !table)
        nothing = tr("That change is of the whole plan: there is no field to go to.");
    else if (table->isCollection() && table->indexOfRow(plan, entry.rowId) < 0)
        nothing = tr("That row is no longer in the plan: there is nothing to go to.");
    else if ((!entry.field.isEmpty() && field < 0) || (!table->isCollection() && field < 0))
        nothing = tr("That field is no longer in the plan: there is nothing to go to.");
    // The way Edit ▸ Find shows a hit, the plan being open already.
    if (nothing.isEmpty() && !m_editor->showField({table, field}, entry.rowId))
        nothing = tr("The editor has no place that shows that change.");
    if (!nothing.isEmpty())
        statusBar()->showMessage(nothing, 6000);
}

void MainWindow::applyRights()
{
    EditRights rights; // everything: on a file, and with no plan open
    if (m_workspace && m_document) {
        const Result<EditRights> asked = m_workspace->rights(m_document->id());
        if (!asked)
            return; // cannot be asked now (the server away): as it was
        rights = *asked;
    }
    const bool open = m_document != nullptr;
    if (open && rights.reason != m_document->readOnlyReason()) {
        m_document->setReadOnly(rights.reason);
        if (m_editor)
            m_editor->updateReadOnly();
    }
    const std::pair<const char *, QString> actions[] = {
        {"actionDuplicatePlan", rights.reason},
        {"actionArchivePlan", rights.reason},
        {"actionRecordSignOff", rights.reason},
        {"actionDeletePlan", rights.whyNotRemove()},
    };
    for (const auto &[name, why] : actions) {
        if (auto *action = findChild<QAction *>(QLatin1String(name))) {
            action->setEnabled(open && why.isEmpty());
            action->setToolTip(why);
            action->setStatusTip(why);
        }
    }
    for (const char *name : {"historyAction", "accountTeamAction"}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setEnabled(open);
    }
}

void MainWindow::editAccountTeam()
{
    if (!m_workspace || !m_document)
        return;
    const Plan &plan = m_document->plan();
    const Result<AccountTeam> team = m_workspace->team(plan.account.id);
    if (!team)
        return showError(team.error());
    const Result<EditRights> rights = m_workspace->rights(plan.id);
    if (!rights)
        return showError(rights.error());
    AccountTeamDialog dialog(plan.account.company, *team, *rights, this);
    if (dialog.exec() != QDialog::Accepted || dialog.team() == *team)
        return;
    if (auto done = m_workspace->setTeam(plan.account.id, dialog.team()); !done)
        return showError(done.error());
    statusBar()->showMessage(tr("The team of %1 is saved.").arg(plan.account.company), 8000);
    applyRights();
}

QString MainWindow::refusal(PlanId plan, bool remove)
{
    if (!m_workspace)
        return {};
    const Result<EditRights> rights = m_workspace->rights(plan);
    if (!rights)
        return {}; // the workspace says why it refuses, if it does
    return remove ? rights->whyNotRemove() : rights->reason;
}

} // namespace accord
