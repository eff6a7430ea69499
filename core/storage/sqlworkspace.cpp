// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlworkspace.h"

#include "planstore.h"
#include "rules/plancontent.h"
#include "schemamanager.h"
#include "settingstore.h"
#include "sqldialect.h"
#include "sqlerror.h"
#include "sqltransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>

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

Error SqlWorkspace::unreachable() const
{
    return {QCoreApplication::translate("accord::Storage", "The workspace is closed.")};
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
    return reading([this] { return m_store->listPlans(); });
}

Result<std::vector<Account>> SqlWorkspace::listAccounts()
{
    return reading([this] { return m_store->listAccounts(); });
}

Result<Plan> SqlWorkspace::loadPlan(PlanId id)
{
    return reading([this, id] { return m_store->load(id); });
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
    return reading([this, &key, plan] { return SettingStore(m_db).read(key, plan); });
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

Result<Portfolio::Settings> SqlWorkspace::settings(PlanId plan)
{
    return reading([this, plan] { return SettingStore(m_db).all(plan); });
}

namespace {

bool sameAccount(const Account &a, const Account &b)
{
    Plan x;
    Plan y;
    x.account = a;
    y.account = b;
    const PlanTable &table = accountTable();
    for (int f = 0; f < int(table.fields().size()); ++f) {
        if (table.value(x, 0, f) != table.value(y, 0, f))
            return false;
    }
    return true;
}

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("accord::Storage", text, nullptr, n);
}

} // namespace

Result<PortfolioCopied> SqlWorkspace::insertPortfolio(const Portfolio &portfolio, bool merge)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return Error {begun.error()};
    const Result<std::vector<Account>> here = m_store->listAccounts();
    if (!here)
        return Error {here.error()};
    if (!merge && !here->empty())
        return Error {tr("The workspace %1 is not empty: it holds %n account(s). Copy into an "
                         "empty workspace, or add --merge to add what it does not hold yet.",
            int(here->size()))
                          .arg(location())};
    std::set<QByteArray> contents; // of the plans here
    if (merge) {
        const Result<std::vector<PlanSummary>> plans = m_store->listPlans();
        if (!plans)
            return Error {plans.error()};
        for (const PlanSummary &summary : *plans) {
            const Result<Plan> plan = m_store->load(summary.id);
            if (!plan)
                return Error {plan.error()};
            contents.insert(PlanContent::canonical(*plan));
        }
    }
    PortfolioCopied copied;
    std::map<qint64, AccountId> accountIds; // given → here
    for (const Account &account : portfolio.accounts) {
        const auto same = std::find_if(here->begin(), here->end(),
            [&](const Account &mine) { return merge && sameAccount(mine, account); });
        if (same != here->end()) {
            accountIds[account.id.value] = same->id;
            continue;
        }
        const Result<AccountId> id = m_store->insertAccount(account);
        if (!id)
            return Error {id.error()};
        accountIds[account.id.value] = *id;
        ++copied.accounts;
    }
    for (std::size_t i = 0; i < portfolio.plans.size(); ++i) {
        Plan plan = portfolio.plans[i];
        const QByteArray content = PlanContent::canonical(plan);
        if (contents.count(content)) {
            ++copied.alreadyThere;
            continue;
        }
        const auto account = accountIds.find(plan.account.id.value);
        if (account == accountIds.end())
            return Error {tr("The plan %1 names an account that is not among those copied.")
                              .arg(plan.header.title)};
        plan.account.id = account->second;
        const Result<Plan> stored = m_store->insert(plan);
        if (!stored)
            return Error {stored.error()};
        const Result<Plan> back = m_store->load(stored->id);
        if (!back)
            return Error {back.error()};
        if (PlanContent::canonical(*back) != content)
            return Error {tr("The plan %1 did not read back as it was written here; nothing was "
                             "copied.")
                              .arg(plan.header.title)};
        if (i < portfolio.planSettings.size()) {
            for (const auto &[key, value] : portfolio.planSettings[i]) {
                if (auto written = SettingStore(m_db).write(key, value, stored->id); !written)
                    return Error {written.error()};
            }
        }
        if (auto told = announce(stored->id); !told)
            return Error {told.error()};
        contents.insert(content);
        ++copied.plans;
    }
    SettingStore settings(m_db);
    for (const auto &[key, value] : portfolio.settings) {
        const Result<QString> mine = settings.read(key, {});
        if (!mine)
            return Error {mine.error()};
        if (!mine->isEmpty())
            continue; // merging: what is set here stays
        if (auto written = settings.write(key, value, {}); !written)
            return Error {written.error()};
    }
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return copied;
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
