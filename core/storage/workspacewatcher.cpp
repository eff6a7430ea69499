// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacewatcher.h"

#include "sqldialect.h"
#include "sqlworkspace.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace accord {

WorkspaceWatcher::WorkspaceWatcher(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(dynamic_cast<SqlWorkspace *>(&workspace))
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &WorkspaceWatcher::poll);
    if (!m_workspace)
        return;
    poll();
    m_poll.start();
}

WorkspaceWatcher::~WorkspaceWatcher()
{
    if (m_driver && m_workspace && m_workspace->database().driver() == m_driver)
        m_driver->unsubscribeFromNotification(SqlDialect::changesChannel());
}

void WorkspaceWatcher::poll()
{
    QSqlDatabase db = m_workspace->database();
    if (SqlDialect::of(db).isServer()) {
        // Asked every few seconds: a server that went away (or came back) is
        // noticed even while nobody edits.
        if (++m_polls % 3 == 0 || !m_reachable || !db.isOpen()) {
            const Result<void> there = m_workspace->ping();
            if (there.ok() != m_reachable) {
                m_reachable = there.ok();
                emit reachable(m_reachable, there ? QString() : there.error());
            }
            if (!m_reachable)
                return;
        }
        listen();
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool changedElsewhere = m_dataVersion && *m_dataVersion != version;
    m_dataVersion = version;
    if (changedElsewhere)
        emit changed(PlanId {});
}

// Subscribes once, and again when the connection was opened anew (the driver
// forgets its subscriptions when it closes).
void WorkspaceWatcher::listen()
{
    QSqlDriver *driver = m_workspace->database().driver();
    const QString channel = SqlDialect::changesChannel();
    if (driver == m_driver && driver->subscribedToNotifications().contains(channel))
        return;
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString &name, QSqlDriver::NotificationSource source,
                const QVariant &payload) {
                if (name != channel || source == QSqlDriver::SelfSource)
                    return;
                bool ok = false;
                const qint64 id = payload.toString().toLongLong(&ok);
                emit changed(ok ? PlanId(id) : PlanId {});
            });
    }
    if (!driver->subscribeToNotification(channel))
        return;
    if (m_listened)
        emit changed(PlanId {}); // listening again: whatever was missed meanwhile
    m_listened = true;
}

} // namespace accord
