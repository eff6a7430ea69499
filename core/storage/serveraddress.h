// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace accord {

// Where a team workspace lives: a PostgreSQL connection URI in libpq's form,
//   postgresql://[USER[:PASSWORD]@][HOST][:PORT][/DATABASE][?PARAM=VALUE&…]
// (also postgres://), HOST a name, an address, [an IPv6 address] or, as the
// parameter host=/folder, the folder of a Unix socket. Parameters that libpq
// knows for the connection (sslmode, connect_timeout, service, …) are passed on;
// anything else is refused with the reason. A password given in the URI is kept
// in memory only and never shown: display() leaves it out.
class ServerAddress {
public:
    static bool isServerUri(const QString &text);
    static Result<ServerAddress> parse(const QString &uri);

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString database() const { return m_database; }
    void setDatabase(const QString &database) { m_database = database; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    void setPassword(const QString &password) { m_password = password; }
    QList<QPair<QString, QString>> parameters() const { return m_parameters; }

    // The URI without its password: for titles, recent workspaces, messages.
    QString display() const;
    // Sets host, port, database, user, password and options on a QPSQL connection.
    void applyTo(QSqlDatabase &db, int connectTimeoutSeconds) const;

private:
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace accord
