// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlworkspace.h"

#include "accesscheck.h"
#include "planstore.h"
#include "rules/plancontent.h"
#include "schemamanager.h"
#include "settingstore.h"
#include "sqldialect.h"
#include "sqlerror.h"
#include "sqltransaction.h"
#include "teamstore.h"

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
    // The history becomes append-only, and every plan there was starts it with
    // one entry for the content it had.
    schema.setHook(6, [this](QSqlDatabase &) -> Result<void> {
        QSqlQuery q(m_db);
        for (const QString &statement : SqlDialect::of(m_db).appendOnlyHistory()) {
            if (!q.exec(statement))
                return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
        }
        const SqlDialect dialect = SqlDialect::of(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO change_log (plan_id, at, login, display_name, kind, table_name, row_id, "
            "new_value) SELECT id, created_at, ?, ?, 'existing', 'plan', id, title FROM plan"));
        q.addBindValue(dialect.currentLogin(m_db));
        q.addBindValue(dialect.currentName(m_db));
        if (!q.exec())
            return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
        return {};
    });
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

Result<void> SqlWorkspace::write(
    const std::function<Result<void>()> &steps, const std::function<QString()> &refusal)
{
    Result<void> done;
    {
        SqlTransaction transaction(m_db);
        done = beginWrite(transaction);
        if (done)
            done = steps();
        if (done)
            done = transaction.commit();
    } // rolled back unless committed: the reason is asked outside of it
    if (!done && refusal && done.failure().code != Error::Code::ServerGone
        && SqlDialect::of(m_db).isServer()) {
        if (const QString why = refusal(); !why.isEmpty())
            return Error {why, Error::Code::NotAllowed};
    }
    return done;
}

QString SqlWorkspace::editRefusal(PlanId plan)
{
    const Result<EditRights> rights = AccessCheck(m_db).forPlan(plan);
    return rights && !rights->edit ? rights->reason : QString();
}

QString SqlWorkspace::addRefusal(const Plan &plan)
{
    AccessCheck access(m_db);
    const Result<EditRights> rights
        = plan.account.id.isValid() ? access.forAccount(plan.account.id) : access.forNewAccount();
    return rights && !rights->edit ? rights->reason : QString();
}

Result<Plan> SqlWorkspace::insertPlan(const Plan &plan, PlanOrigin origin)
{
    std::optional<Plan> stored;
    auto done = write(
        [&]() -> Result<void> {
            Result<Plan> inserted = m_store->insert(plan, origin);
            if (!inserted)
                return inserted.failure();
            stored = std::move(*inserted);
            return announce(stored->id);
        },
        [&] { return addRefusal(plan); });
    if (!done)
        return done.failure();
    return *stored;
}

Result<std::vector<PlanId>> SqlWorkspace::insertPlans(const std::vector<Plan> &plans)
{
    std::vector<PlanId> ids;
    auto done = write(
        [&]() -> Result<void> {
            ids.clear();
            for (const Plan &plan : plans) {
                Result<Plan> stored = m_store->insert(plan);
                if (!stored)
                    return stored.failure();
                if (auto told = announce(stored->id); !told)
                    return told;
                ids.push_back(stored->id);
            }
            return {};
        },
        [&] { return plans.empty() ? QString() : addRefusal(plans.front()); });
    if (!done)
        return done.failure();
    return ids;
}

Result<void> SqlWorkspace::savePlan(const Plan &plan)
{
    return write(
        [&]() -> Result<void> {
            if (auto done = m_store->replace(plan); !done)
                return done;
            return announce(plan.id);
        },
        [&] { return editRefusal(plan.id); });
}

Result<void> SqlWorkspace::apply(PlanId plan, const std::vector<Change> &changes)
{
    return write(
        [&]() -> Result<void> {
            for (const Change &change : changes) {
                if (auto done = m_store->apply(plan, change); !done)
                    return done;
            }
            if (auto done = m_store->touch(plan); !done)
                return done;
            return announce(plan);
        },
        [&] { return editRefusal(plan); });
}

Result<void> SqlWorkspace::readHistory(
    PlanId plan, const ChangeFilter &filter, const ChangeVisitor &each)
{
    return reading([&] { return m_store->log().read(plan, filter, each); });
}

Result<EditRights> SqlWorkspace::rights(PlanId plan)
{
    return reading([&] { return AccessCheck(m_db).forPlan(plan); });
}

Result<AccountTeam> SqlWorkspace::team(AccountId account)
{
    return reading([&] { return TeamStore(m_db).read(account); });
}

Result<void> SqlWorkspace::recordRestore(const QString &from)
{
    return write([&]() -> Result<void> {
        const Result<std::vector<PlanSummary>> plans = m_store->listPlans();
        if (!plans)
            return plans.failure();
        for (const PlanSummary &plan : *plans) {
            if (auto done
                = m_store->log().recordPlan(plan.id, ChangeEntry::Kind::Restore, from, plan.title);
                !done)
                return done;
        }
        return {};
    });
}

Result<void> SqlWorkspace::setTeam(AccountId account, const AccountTeam &team)
{
    return write([&] { return TeamStore(m_db, &m_store->log()).write(account, team); },
        [&] {
            const Result<EditRights> rights = AccessCheck(m_db).forAccount(account);
            return rights ? rights->whyNotAssign() : QString();
        });
}

Result<QString> SqlWorkspace::setting(const QString &key, PlanId plan)
{
    return reading([this, &key, plan] { return SettingStore(m_db).read(key, plan); });
}

Result<void> SqlWorkspace::setSetting(const QString &key, const QString &value, PlanId plan)
{
    return write([&] { return SettingStore(m_db).write(key, value, plan); },
        [&] {
            if (plan.isValid())
                return editRefusal(plan);
            const Result<EditRights> rights = AccessCheck(m_db).forNewAccount();
            return rights ? rights->whyNotChangeSettings() : QString();
        });
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
        const Result<Plan> stored = m_store->insert(plan, PlanOrigin::Copied);
        if (!stored)
            return Error {stored.error()};
        const Result<Plan> back = m_store->load(stored->id);
        if (!back)
            return Error {back.error()};
        if (PlanContent::canonical(*back) != content)
            return Error {tr("The plan %1 did not read back as it was written here; nothing was "
                             "copied.")
                              .arg(plan.header.title)};
        if (i < portfolio.planHistory.size()) { // who changed what stays theirs, oldest first
            const std::vector<ChangeEntry> &history = portfolio.planHistory[i];
            for (auto entry = history.rbegin(); entry != history.rend(); ++entry) {
                if (auto kept = m_store->log().append(*entry, stored->id); !kept)
                    return Error {kept.error()};
            }
        }
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
    return write(
        [&]() -> Result<void> {
            if (auto done = m_store->remove(id); !done)
                return done;
            return announce(id);
        },
        [&] {
            const Result<EditRights> rights = AccessCheck(m_db).forPlan(id);
            return rights ? rights->whyNotRemove() : QString();
        });
}

} // namespace accord
