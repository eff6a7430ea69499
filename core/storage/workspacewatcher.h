// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QSqlDriver;

namespace accord {

class SqlWorkspace;
class Workspace;

// Tells an open window that another program saved a plan of its workspace. On a
// server it listens for the notifications every write sends (LISTEN/NOTIFY, its
// own left out) and says which plan, and asks every few seconds whether the
// server is still there (connecting anew when it is back); on a file it asks SQLite every second
// whether another connection committed (PRAGMA data_version), which may have
// changed any plan. It listens again after the connection came back.
class WorkspaceWatcher : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceWatcher(Workspace &workspace, QObject *parent = nullptr);
    ~WorkspaceWatcher() override;

    // How often a file is asked, and a lost subscription renewed (ms).
    void setInterval(int milliseconds) { m_poll.setInterval(milliseconds); }

signals:
    // Someone else saved this plan; an invalid id: any plan may have changed.
    void changed(accord::PlanId plan);
    // A server went away (with why) or is back.
    void reachable(bool reachable, const QString &why);

private:
    void poll();
    void listen();

    SqlWorkspace *m_workspace;
    QTimer m_poll;
    std::optional<qint64> m_dataVersion;
    QSqlDriver *m_driver = nullptr;
    bool m_listened = false;
    bool m_reachable = true;
    int m_polls = 0;
};

} // namespace accord
