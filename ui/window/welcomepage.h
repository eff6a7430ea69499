// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace accord {

// What the window shows on a workspace without plans (a new file, or one whose
// plans were all deleted): the ways to a first plan, one click each.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(const QString &workspacePath, QWidget *parent = nullptr);

signals:
    void newPlanRequested();
    void importRequested();
    void samplePlanRequested();
    void openWorkspaceRequested();
    void openTeamWorkspaceRequested();
};

} // namespace accord
