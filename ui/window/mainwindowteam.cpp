// SPDX-License-Identifier: GPL-3.0-or-later
// The team workspace: opening one (its address, a password asked for), others'
// edits coming into the navigator and the open plans without touching this
// window's undo history, and edits kept while the server is away.
#include "mainwindow.h"

#include "dialogs/teamworkspacedialog.h"
#include "document/plandocument.h"
#include "model/plan.h"
#include "portfolio/portfolionavigator.h"
#include "storage/workspace.h"
#include "storage/workspacewatcher.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace accord {

void MainWindow::openTeamWorkspace()
{
    TeamWorkspaceDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openWorkspace(dialog.address());
}

std::optional<QString> MainWindow::askPassword(const QString &why)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(tr("Password"));
    dialog.setLabelText(
        why + QStringLiteral("\n\n") + tr("Password (kept only while Accord is open):"));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

void MainWindow::watchWorkspace()
{
    m_watcher = std::make_unique<WorkspaceWatcher>(*m_workspace);
    connect(m_watcher.get(), &WorkspaceWatcher::changed, this, &MainWindow::othersSaved);
    connect(m_watcher.get(), &WorkspaceWatcher::reachable, this, &MainWindow::serverReachable);
}

void MainWindow::othersSaved(PlanId plan)
{
    m_othersSaved.insert(plan.value);
    m_othersTimer->start();
}

void MainWindow::takeOthersEdits()
{
    const std::set<qint64> saved = std::exchange(m_othersSaved, {});
    if (!m_workspace)
        return;
    const auto plans = m_workspace->listPlans();
    if (!plans)
        return showError(plans.error());
    m_navigator->setPlans(*plans);
    int taken = 0;
    std::vector<qint64> gone;
    for (const auto &[id, document] : m_documents) {
        if (!saved.count(0) && !saved.count(id))
            continue;
        const bool exists = std::any_of(plans->begin(), plans->end(),
            [id = id](const PlanSummary &s) { return s.id.value == id; });
        if (!exists) {
            gone.push_back(id);
            continue;
        }
        taken += document->reload();
    }
    for (qint64 id : gone) {
        const QString title = m_documents.at(id)->plan().header.title;
        if (m_document && m_document->id().value == id)
            closePlan();
        m_documents.erase(id);
        showError(tr("The plan %1 was deleted by someone else.").arg(title));
    }
    if (taken > 0) {
        updateTitle();
        statusBar()->showMessage(tr("Changes saved by someone else were brought in."), 5000);
    }
    // A manager may have changed the account's team: the rights too.
    if (m_document && (saved.count(0) || saved.count(m_document->id().value))) {
        applyRights();
        attachHistory();
    }
}

void MainWindow::createTeamControls()
{
    m_othersTimer = new QTimer(this);
    m_othersTimer->setSingleShot(true);
    m_othersTimer->setInterval(200);
    connect(m_othersTimer, &QTimer::timeout, this, &MainWindow::takeOthersEdits);

    m_retry = new QToolButton(this);
    m_retry->setObjectName(QStringLiteral("retrySaving"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Save the kept edits now"));
    m_retry->hide();
    statusBar()->addPermanentWidget(m_retry);
    connect(m_retry, &QToolButton::clicked, this, &MainWindow::saveKeptEdits);
    // While edits are kept, they are tried again every few seconds as well.
    m_retryTimer = new QTimer(this);
    m_retryTimer->setInterval(3000);
    connect(m_retryTimer, &QTimer::timeout, this, &MainWindow::saveKeptEdits);
}

int MainWindow::keptEdits() const
{
    int kept = 0;
    for (const auto &[id, document] : m_documents)
        kept += document->keptCount();
    return kept;
}

void MainWindow::showKeptEdits()
{
    const int kept = keptEdits();
    m_retry->setVisible(kept > 0);
    if (kept == 0) {
        m_retryTimer->stop();
        return;
    }
    if (!m_retryTimer->isActive())
        m_retryTimer->start();
    showSaveState(tr("%n edit(s) not saved: the server cannot be reached. They are kept here.",
                      nullptr, kept),
        true);
}

void MainWindow::saveKeptEdits()
{
    if (m_workspace)
        (void)m_workspace->ping(); // connects anew when the server is back
    for (const auto &[id, document] : m_documents) {
        if (document->keptCount() > 0)
            (void)document->saveKept(); // says itself what it could not save
    }
    const bool wereKept = m_retry->isVisible();
    showKeptEdits();
    if (keptEdits() == 0 && wereKept) {
        showSaveState(tr("All changes saved"));
        othersSaved(PlanId {}); // and whatever others saved meanwhile
    }
}

void MainWindow::serverReachable(bool reachable, const QString &why)
{
    if (reachable) {
        statusBar()->showMessage(tr("The server is back."), 5000);
        applyRights();
        if (keptEdits() == 0)
            showSaveState(tr("All changes saved"));
        saveKeptEdits();
        return;
    }
    showSaveState(tr("The server cannot be reached; trying again…"), true, why);
    showKeptEdits();
}

bool MainWindow::mayDropKeptEdits()
{
    const int kept = keptEdits();
    if (kept == 0)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Edits not saved"),
        tr("%n edit(s) could not be saved: the server cannot be reached. They are lost if you "
           "go on.",
            nullptr, kept),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("keptEditsBox"));
    QPushButton *retry = box.addButton(tr("Retry"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard Them"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry) {
        saveKeptEdits();
        return keptEdits() == 0;
    }
    return box.clickedButton() == discard;
}

} // namespace accord
