// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace accord {

class PlanStore;
class SqlTransaction;

// What a workspace in SQLite and one on PostgreSQL share: the repository's
// operations, each one write transaction around PlanStore's SQL, and the schema
// upgrade with its data steps. The two differ in how they open, start a write
// and keep backups.
class SqlWorkspace : public Workspace {
public:
    ~SqlWorkspace() override;

    QSqlDatabase database() const { return m_db; }

    Result<std::vector<PlanSummary>> listPlans() override;
    Result<std::vector<Account>> listAccounts() override;
    Result<Plan> loadPlan(PlanId id) override;
    using PlanRepository::history;
    using PlanRepository::insertPlan;
    Result<Plan> insertPlan(const Plan &plan, PlanOrigin origin) override;
    Result<std::vector<PlanId>> insertPlans(const std::vector<Plan> &plans) override;
    Result<void> savePlan(const Plan &plan) override;
    Result<QString> setting(const QString &key, PlanId plan = {}) override;
    Result<void> setSetting(const QString &key, const QString &value, PlanId plan = {}) override;
    Result<Portfolio::Settings> settings(PlanId plan = {}) override;
    Result<PortfolioCopied> insertPortfolio(const Portfolio &portfolio, bool merge) override;
    Result<void> apply(PlanId plan, const std::vector<Change> &changes) override;
    Result<void> deletePlan(PlanId id) override;
    Result<void> readHistory(
        PlanId plan, const ChangeFilter &filter, const ChangeVisitor &each) override;
    Result<EditRights> rights(PlanId plan) override;
    Result<AccountTeam> team(AccountId account) override;
    Result<void> setTeam(AccountId account, const AccountTeam &team) override;
    // One Restore entry for every plan: the workspace was restored from `from`.
    Result<void> recordRestore(const QString &from);
    using PlanRepository::apply;

protected:
    // Opens the connection anew after the server went away (a server only); its
    // cached statements go with the old one. False while it cannot.
    virtual bool revive() { return false; }
    // Why the connection is closed (a lost server's that could not be reached again).
    virtual Error unreachable() const;
    // A read, tried once more on a fresh connection when the old one was lost.
    template<typename Read> auto reading(Read read) -> decltype(read())
    {
        if (!m_db.isOpen() && !revive())
            return unreachable();
        auto result = read();
        if (!result && result.failure().code == Error::Code::ServerGone && revive())
            result = read();
        return result;
    }

    // Takes the only handle of the connection: closing the workspace removes it.
    explicit SqlWorkspace(QSqlDatabase db);

    // Starts a write; a file first checks it is still where it was opened.
    virtual Result<void> beginWrite(SqlTransaction &transaction);
    // Runs steps in one write transaction. When a server refused them, refusal()
    // (asked after the rollback) says why in words, if it is this login's rights.
    Result<void> write(
        const std::function<Result<void>()> &steps, const std::function<QString()> &refusal = {});
    QString editRefusal(PlanId plan);
    QString addRefusal(const Plan &plan);
    // Inside the transaction: tells other programs the plan changed (a server).
    Result<void> announce(PlanId plan);
    // Brings the schema to `target` (WorkspaceFile::kSchemaVersion when < 0).
    Result<void> upgradeSchema(int target);

    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<PlanStore> m_store;
};

} // namespace accord
