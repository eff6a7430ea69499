// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupmanager.h"
#include "planrepository.h"
#include "workspacelock.h"

#include <QSqlDatabase>

#include <memory>

namespace accord {

class PlanStore;

// A workspace: one SQLite file holding many accounts and plans. open() refuses anything that is not
// a healthy Accord workspace of a version it can read, leaving such a file untouched; it upgrades
// older ones after a backup. Every write is its own BEGIN IMMEDIATE transaction.
class SqliteWorkspace final : public PlanRepository {
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
    ~SqliteWorkspace() override;

    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }
    BackupManager &backups() { return m_backups; }
    Result<QString> backup(const QString &reason);

    Result<std::vector<PlanSummary>> listPlans() override;
    Result<std::vector<Account>> listAccounts() override;
    Result<Plan> loadPlan(PlanId id) override;
    Result<Plan> insertPlan(const Plan &plan) override;
    Result<std::vector<PlanId>> insertPlans(const std::vector<Plan> &plans) override;
    Result<void> savePlan(const Plan &plan) override;
    Result<QString> setting(const QString &key, PlanId plan = {}) override;
    Result<void> setSetting(const QString &key, const QString &value, PlanId plan = {}) override;
    Result<void> apply(PlanId plan, const std::vector<Change> &changes) override;
    Result<void> deletePlan(PlanId id) override;
    using PlanRepository::apply;

    // PRAGMA quick_check / integrity_check: "ok" or the problems found.
    QString check(bool full = false);
    // True once the file at path() is no longer the one this workspace has open
    // (another program renamed a file over it, moved or deleted it). Every write
    // is refused from then on: nothing is ever written into a file that is gone.
    bool isReplaced() const { return !m_lock.stillAt(m_path); }

private:
    SqliteWorkspace(QString path, QSqlDatabase db, const Options &options);
    static Result<void> configure(QSqlDatabase &db, const Options &options);
    Result<void> migrate(const Options &options, bool existing);
    Result<void> probeWrite();
    Result<void> verifyIdentity();
    Result<void> ensureInPlace() const;
    Result<void> beginWrite(class SqlTransaction &transaction);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    BackupManager m_backups;
    std::unique_ptr<PlanStore> m_store;
    WorkspaceLock m_lock;
};

} // namespace accord
