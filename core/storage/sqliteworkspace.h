// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupmanager.h"
#include "sqlworkspace.h"
#include "workspacelock.h"

#include <QSqlDatabase>

#include <memory>

namespace accord {

// A workspace: one SQLite file holding many accounts and plans. open() refuses anything that is not
// a healthy Accord workspace of a version it can read, leaving such a file untouched; it upgrades
// older ones after a backup. Every write is its own BEGIN IMMEDIATE transaction.
class SqliteWorkspace final : public SqlWorkspace {
public:
    struct Options {
        int busyTimeoutMs = 5000;
        bool create = true; // create the file when it does not exist
        int keepBackups = 10;
        int targetSchema = -1; // tests: stop migrating at an older version
        int lockWaitMs = 10000; // how long to wait while another process restores the file
    };

    static Result<std::unique_ptr<SqliteWorkspace>> open(
        const QString &path, const Options &options);
    static Result<std::unique_ptr<SqliteWorkspace>> open(const QString &path)
    {
        return open(path, Options {});
    }
    QString path() const { return m_path; }
    QString location() const override { return m_path; }
    bool isServer() const override { return false; }
    BackupManager &backups() { return m_backups; }
    Result<QString> backup(const QString &reason) override;

    // PRAGMA quick_check / integrity_check: "ok" or the problems found.
    QString check(bool full = false) override;
    // True once the file at path() is no longer the one this workspace has open
    // (another program renamed a file over it, moved or deleted it). Every write
    // is refused from then on: nothing is ever written into a file that is gone.
    bool isReplaced() const override { return !m_lock.stillAt(m_path); }

private:
    SqliteWorkspace(QString path, QSqlDatabase db, const Options &options);
    static Result<void> configure(QSqlDatabase &db, const Options &options);
    Result<void> migrate(const Options &options, bool existing);
    Result<void> probeWrite();
    Result<void> verifyIdentity();
    Result<void> ensureInPlace() const;
    Result<void> beginWrite(SqlTransaction &transaction) override;

    QString m_path;
    BackupManager m_backups;
    WorkspaceLock m_lock;
};

} // namespace accord
