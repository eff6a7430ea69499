// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changelog.h"
#include "planrepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace accord {

class SqlTableMapper;

struct HealthScore;

// The SQL behind PlanRepository for one open connection. Statements are built
// from the field descriptors (SqlTableMapper) and prepared once. Callers own the
// transaction: every method here runs inside one.
class PlanStore {
public:
    explicit PlanStore(QSqlDatabase db);

    Result<std::vector<PlanSummary>> listPlans();
    Result<std::vector<Account>> listAccounts();
    Result<Plan> load(PlanId id);
    Result<Plan> insert(Plan plan, PlanOrigin origin = PlanOrigin::New);
    Result<AccountId> insertAccount(const Account &account);
    Result<void> replace(const Plan &plan);
    Result<void> apply(PlanId plan, const Change &change);
    Result<void> remove(PlanId id);
    Result<void> touch(PlanId id); // updated_at = now
    Result<void> refreshHealth(PlanId id); // the cached score and level of the summary
    ChangeLog &log() { return m_log; }
    // Rewrites the plan's sign-offs recorded in an older content format (SignOffUpgrade).
    Result<void> upgradeSignOffs(PlanId id);

private:
    static Error rowTaken(const PlanTable &table);
    Result<QString> storedRowName(const PlanTable &table, PlanId plan, qint64 rowId);
    QSqlQuery &prepared(const QString &sql);
    Result<void> writeHealth(PlanId id, const HealthScore &health);
    Result<void> exec(QSqlQuery &query);
    Result<qint64> insertedId(QSqlQuery &query);
    Result<void> loadRecord(const PlanTable &table, Plan &plan, qint64 id);
    Result<void> loadRows(const PlanTable &table, Plan &plan);
    Result<void> insertRows(const PlanTable &table, const Plan &plan);
    Result<void> insertRowAt(const PlanTable &table, PlanId plan, int position, const RowData &row);
    Result<void> updateRecord(const PlanTable &table, const Plan &plan, qint64 id);
    Result<int> positionOf(const PlanTable &table, PlanId plan, qint64 rowId);
    Result<void> shiftPositions(const PlanTable &table, PlanId plan, int from, int to, int delta);
    Result<void> applySetValue(PlanId plan, const PlanTable &table, const Change &change);
    Result<void> applyMove(PlanId plan, const PlanTable &table, const Change &change);
    Result<std::optional<QVariant>> storedValue(
        PlanId plan, const SqlTableMapper &mapper, const Change &change);
    Result<void> checkExpected(
        PlanId plan, const SqlTableMapper &mapper, const Change &change, const QVariant &stored);

    QSqlDatabase m_db;
    ChangeLog m_log;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace accord
