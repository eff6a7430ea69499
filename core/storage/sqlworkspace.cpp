// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlworkspace.h"

#include "planstore.h"
#include "schemamanager.h"
#include "settingstore.h"
#include "sqldialect.h"
#include "sqlerror.h"
#include "sqltransaction.h"

#include <QSqlQuery>

namespace accord {

SqlWorkspace::SqlWorkspace(QSqlDatabase db)
    : m_connection(db.connectionName())
    , m_db(std::move(db))
    , m_store(std::make_unique<PlanStore>(m_db))
{
}

SqlWorkspace::~SqlWorkspace()
{
    m_store.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<void> SqlWorkspace::beginWrite(SqlTransaction &transaction)
{
    return transaction.begin();
}

Result<void> SqlWorkspace::upgradeSchema(int target)
{
    SchemaManager schema(m_db);
    // A hook that runs one PlanStore step for every plan the query selects.
    const auto everyPlan = [this](Result<void> (PlanStore::*step)(PlanId), QString select) {
        return [this, step, select](QSqlDatabase &) -> Result<void> {
            QSqlQuery q(m_db);
            if (!q.exec(select))
                return sqlError(q.lastError(), SqlContext::Read, databaseFolder(m_db));
            std::vector<PlanId> ids;
            while (q.next())
                ids.push_back(PlanId(q.value(0).toLongLong()));
            for (PlanId id : ids) {
                if (auto done = ((*m_store).*step)(id); !done)
                    return done;
            }
            return {};
        };
    };
    schema.setHook(2, everyPlan(&PlanStore::refreshHealth, QStringLiteral("SELECT id FROM plan")));
    // Only plans with a sign-off recorded in format 1 (a JSON snapshot) are loaded.
    schema.setHook(3,
        everyPlan(&PlanStore::upgradeSignOffs,
            QStringLiteral(
                "SELECT DISTINCT plan_id FROM sign_off WHERE substr(snapshot, 1, 1) = '{'")));
    const SchemaManager::Report report = schema.upgrade(target);
    if (report.outcome == SchemaManager::Outcome::SchemaError)
        return Error {report.error};
    return {};
}

Result<void> SqlWorkspace::announce(PlanId plan)
{
    return SqlDialect::of(m_db).announce(m_db, plan.value);
}

Result<std::vector<PlanSummary>> SqlWorkspace::listPlans()
{
    return m_store->listPlans();
}

Result<std::vector<Account>> SqlWorkspace::listAccounts()
{
    return m_store->listAccounts();
}

Result<Plan> SqlWorkspace::loadPlan(PlanId id)
{
    return m_store->load(id);
}

Result<Plan> SqlWorkspace::insertPlan(const Plan &plan)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return Error {begun.error()};
    Result<Plan> stored = m_store->insert(plan);
    if (!stored)
        return stored;
    if (auto told = announce(stored->id); !told)
        return Error {told.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return stored;
}

Result<std::vector<PlanId>> SqlWorkspace::insertPlans(const std::vector<Plan> &plans)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return Error {begun.error()};
    std::vector<PlanId> ids;
    for (const Plan &plan : plans) {
        Result<Plan> stored = m_store->insert(plan);
        if (!stored)
            return Error {stored.error()};
        if (auto told = announce(stored->id); !told)
            return Error {told.error()};
        ids.push_back(stored->id);
    }
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return ids;
}

Result<void> SqlWorkspace::savePlan(const Plan &plan)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    if (auto done = m_store->replace(plan); !done)
        return done;
    if (auto told = announce(plan.id); !told)
        return told;
    return transaction.commit();
}

Result<void> SqlWorkspace::apply(PlanId plan, const std::vector<Change> &changes)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    for (const Change &change : changes) {
        if (auto done = m_store->apply(plan, change); !done)
            return done;
    }
    if (auto done = m_store->touch(plan); !done)
        return done;
    if (auto told = announce(plan); !told)
        return told;
    return transaction.commit();
}

Result<QString> SqlWorkspace::setting(const QString &key, PlanId plan)
{
    return SettingStore(m_db).read(key, plan);
}

Result<void> SqlWorkspace::setSetting(const QString &key, const QString &value, PlanId plan)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    if (auto written = SettingStore(m_db).write(key, value, plan); !written)
        return written;
    return transaction.commit();
}

Result<void> SqlWorkspace::deletePlan(PlanId id)
{
    if (auto saved = backup(QStringLiteral("before-delete")); !saved)
        return Error {saved.error()};
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    if (auto done = m_store->remove(id); !done)
        return done;
    if (auto told = announce(id); !told)
        return told;
    return transaction.commit();
}

} // namespace accord
