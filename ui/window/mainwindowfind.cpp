// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Find in plans: the search across the workspace and opening its hits.
#include "mainwindow.h"

#include "editors/planeditor.h"
#include "finddialog.h"
#include "model/plan.h"
#include "storage/sqliteworkspace.h"

#include <QLineEdit>

namespace accord {

void MainWindow::showFind()
{
    if (!m_find) {
        m_find = new FindDialog(
            [this] {
                std::vector<Plan> plans;
                if (!m_workspace)
                    return plans;
                const auto listed = m_workspace->listPlans();
                if (!listed) {
                    showError(listed.error());
                    return plans;
                }
                for (const PlanSummary &summary : *listed) {
                    if (auto plan = m_workspace->loadPlan(summary.id))
                        plans.push_back(std::move(*plan));
                }
                return plans;
            },
            this);
        connect(m_find, &FindDialog::hitChosen, this, &MainWindow::openHit);
    }
    m_find->show();
    m_find->raise();
    m_find->activateWindow();
    if (auto *query = m_find->findChild<QLineEdit *>(QStringLiteral("findQuery"))) {
        query->setFocus();
        query->selectAll();
    }
}

void MainWindow::openHit(PlanId plan, FieldRef field, qint64 rowId)
{
    if (!openPlan(plan) || !m_editor)
        return;
    activateWindow();
    if (!m_editor->showField(field, rowId))
        showError(tr("The editor could not show that field (it may have been removed)."));
}

} // namespace accord
