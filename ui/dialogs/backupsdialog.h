// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;

namespace accord {

class SqliteWorkspace;

// Lists the workspace's backups; "Back up now" makes one, "Restore" picks one
// to replace the workspace with (the caller closes and restores).
class BackupsDialog : public QDialog {
    Q_OBJECT

public:
    BackupsDialog(SqliteWorkspace *workspace, QWidget *parent = nullptr);
    QString chosenBackup() const { return m_chosen; }

private:
    void reload();

    SqliteWorkspace *m_workspace;
    QListWidget *m_list;
    QString m_chosen;
};

} // namespace accord
