// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace accord {

// The few places where SQLite and PostgreSQL differ, so that the storage code is
// one set of SQL for both: how a write transaction starts, how the schema files'
// column types read on the server, and where the workspace's identity and
// format version are kept (SQLite: the file header's application_id and
// user_version; PostgreSQL: the one-row table accord_workspace).
class SqlDialect {
public:
    enum class Kind { Sqlite, Postgres };

    static SqlDialect of(const QSqlDatabase &db);
    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Postgres; }

    // "BEGIN IMMEDIATE" (SQLite: take the write lock now, see SqlTransaction) or
    // "BEGIN" (PostgreSQL: rows are locked as they are written).
    QString beginWrite() const;
    // " FOR UPDATE" on PostgreSQL, to lock the rows a write transaction reads
    // before it changes them; nothing on SQLite, whose BEGIN IMMEDIATE has locked
    // the whole file already.
    QString lockForUpdate() const;
    // " INDEXED BY index" on SQLite, for a query whose best index its planner
    // cannot tell without statistics; nothing on PostgreSQL, which keeps them.
    QString indexedBy(const QString &index) const;
    // A statement of a schema file as this database takes it. The files are
    // written for SQLite; on the server "INTEGER PRIMARY KEY" becomes an identity
    // column and INTEGER a 64-bit BIGINT (SQLite's INTEGER holds 64 bits).
    QString schemaStatement(const QString &statement) const;

    // The workspace's format version: 0 for an empty database (nothing of
    // Accord's or anyone else's in it), -1 when it cannot be read.
    int formatVersion(QSqlDatabase &db) const;
    // Records the identity and format inside the current transaction.
    Result<void> setFormatVersion(QSqlDatabase &db, int version) const;
    // Who writes: the login a server connection is made as, the computer's user
    // for a file.
    QString currentLogin(QSqlDatabase &db) const;
    // The writer's display name: the team's person table on a server, the user's
    // full name on this computer for a file; empty when there is none.
    QString currentName(QSqlDatabase &db) const;

    // The statements that make the change history append-only for everyone,
    // the database's owner included: a trigger refuses to change or delete an entry.
    QStringList appendOnlyHistory() const;

    // The channel a server announces saved plans on (LISTEN/NOTIFY).
    static QString changesChannel() { return QStringLiteral("accord_plans"); }
    // Inside a write transaction: tells the programs that have the workspace open
    // that the plan changed, when the transaction commits (the plan's id as the
    // payload). Nothing on SQLite, whose readers ask the file (data_version).
    Result<void> announce(QSqlDatabase &db, qint64 planId) const;

    // Whether the database holds tables but no Accord identity: someone else's.
    bool holdsOtherData(QSqlDatabase &db) const;

private:
    Kind m_kind;
};

} // namespace accord
