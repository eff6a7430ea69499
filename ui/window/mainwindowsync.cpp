// SPDX-License-Identifier: GPL-3.0-or-later
// Others' edits: what another program saved in the workspace comes into the
// navigator and the open plans, without touching this window's undo history.
#include "mainwindow.h"

#include "document/plandocument.h"
#include "model/plan.h"
#include "storage/workspace.h"
#include "storage/workspacewatcher.h"

#include <QStatusBar>
#include <QTimer>

namespace accord {

void MainWindow::watchWorkspace()
{
    m_watcher = std::make_unique<WorkspaceWatcher>(*m_workspace);
    connect(m_watcher.get(), &WorkspaceWatcher::changed, this, &MainWindow::othersSaved);
    if (!m_othersTimer) {
        m_othersTimer = new QTimer(this);
        m_othersTimer->setSingleShot(true);
        m_othersTimer->setInterval(200);
        connect(m_othersTimer, &QTimer::timeout, this, &MainWindow::takeOthersEdits);
    }
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
    refreshPortfolio();
    const auto plans = m_workspace->listPlans();
    if (!plans)
        return; // refreshPortfolio() said why
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
}

} // namespace accord
