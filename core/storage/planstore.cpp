// SPDX-License-Identifier: GPL-3.0-or-later
#include "planstore.h"

#include "io/signoffupgrade.h"
#include "model/fieldref.h"
#include "rules/healthscore.h"
#include "sqldialect.h"
#include "sqlerror.h"
#include "sqltablemapper.h"

#include <QCoreApplication>
#include <QSqlError>

namespace accord {

namespace {

QStringList quoted(const QStringList &columns)
{
    QStringList result;
    for (const QString &c : columns)
        result << u'"' + c + u'"';
    return result;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The history entry a new plan starts with.
ChangeEntry::Kind entryKind(PlanOrigin origin)
{
    switch (origin) {
    case PlanOrigin::New:
        return ChangeEntry::Kind::Create;
    case PlanOrigin::Imported:
        return ChangeEntry::Kind::Import;
    case PlanOrigin::Restored:
        return ChangeEntry::Kind::Restore;
    case PlanOrigin::Copied:
        return ChangeEntry::Kind::Copy;
    }
    return ChangeEntry::Kind::Create;
}

} // namespace

PlanStore::PlanStore(QSqlDatabase db)
    : m_db(db)
    , m_log(std::move(db))
{
}

QSqlQuery &PlanStore::prepared(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &query = m_queries[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

Result<void> PlanStore::exec(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query.lastError(), SqlContext::Write, databaseFolder(m_db));
    return {};
}

// Runs an INSERT … RETURNING id (SQLite 3.35 and PostgreSQL alike; Qt's
// lastInsertId() is an OID on PostgreSQL) and reads the new row's id.
Result<qint64> PlanStore::insertedId(QSqlQuery &query)
{
    if (auto done = exec(query); !done)
        return Error {done.error()};
    if (!query.next())
        return Error {QCoreApplication::translate("accord::Storage",
            "The change could not be saved: the new row's id was not returned.")};
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<std::vector<PlanSummary>> PlanStore::listPlans()
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT p.id, p.account_id, a.company, p.title, p.version, p.status, p.health_score, "
        "p.health_level, a.renewal_date, p.updated_at FROM plan p JOIN account a ON a.id = "
        "p.account_id "
        "ORDER BY a.company, p.title, p.id"));
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read, databaseFolder(m_db));
    std::vector<PlanSummary> result;
    while (q.next()) {
        PlanSummary s;
        s.id = PlanId(q.value(0).toLongLong());
        s.accountId = AccountId(q.value(1).toLongLong());
        s.company = q.value(2).toString();
        s.title = q.value(3).toString();
        s.version = q.value(4).toString();
        s.status = enumFromKey<PlanStatus>(q.value(5).toString()).value_or(PlanStatus::Draft);
        if (!q.value(6).isNull())
            s.healthScore = q.value(6).toDouble();
        s.healthLevel = enumFromKey<HealthLevel>(q.value(7).toString());
        s.renewalDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        s.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        result.push_back(std::move(s));
    }
    q.finish();
    return result;
}

Result<std::vector<Account>> PlanStore::listAccounts()
{
    const SqlTableMapper mapper(accountTable());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QStringList cols = quoted(mapper.columns());
    q.prepare(
        QStringLiteral("SELECT id, %1 FROM account ORDER BY company, id").arg(cols.join(u", ")));
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read, databaseFolder(m_db));
    std::vector<Account> result;
    while (q.next()) {
        Plan scratch;
        const QVariantList values = mapper.readFields(q, 1);
        for (int f = 0; f < int(values.size()); ++f)
            accountTable().setValue(scratch, 0, f, values[f]);
        scratch.account.id = AccountId(q.value(0).toLongLong());
        result.push_back(scratch.account);
    }
    return result;
}

Result<void> PlanStore::loadRecord(const PlanTable &table, Plan &plan, qint64 id)
{
    const SqlTableMapper mapper(table);
    QSqlQuery &q = prepared(mapper.selectRecord());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read, databaseFolder(m_db));
    if (!q.next())
        return Error {QCoreApplication::translate(
            "accord::Storage", "Plan %1 does not exist in this workspace.")
                          .arg(plan.id.value)};
    const QVariantList values = mapper.readFields(q, 0);
    q.finish();
    for (int f = 0; f < int(values.size()); ++f) {
        if (!table.setValue(plan, 0, f, values[f]))
            return Error {QCoreApplication::translate(
                "accord::Storage", "The workspace holds an invalid value for %1.%2.")
                              .arg(table.name(), table.fields()[std::size_t(f)].key)};
    }
    return {};
}

Result<void> PlanStore::loadRows(const PlanTable &table, Plan &plan)
{
    const SqlTableMapper mapper(table);
    QSqlQuery &q = prepared(mapper.selectRows());
    q.addBindValue(plan.id.value);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read, databaseFolder(m_db));
    while (q.next()) {
        const RowData row {q.value(0).toLongLong(), mapper.readFields(q, 1)};
        if (!table.insertRow(plan, table.rowCount(plan), row))
            return Error {QCoreApplication::translate(
                "accord::Storage", "The workspace holds an invalid row %1 in %2.")
                              .arg(row.id)
                              .arg(table.name())};
    }
    q.finish();
    return {};
}

Result<Plan> PlanStore::load(PlanId id)
{
    Plan plan;
    plan.id = id;
    QSqlQuery &q = prepared(QStringLiteral("SELECT account_id FROM plan WHERE id = ?"));
    q.addBindValue(id.value);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read, databaseFolder(m_db));
    if (!q.next())
        return Error {QCoreApplication::translate(
            "accord::Storage", "Plan %1 does not exist in this workspace.")
                          .arg(id.value)};
    plan.account.id = AccountId(q.value(0).toLongLong());
    q.finish();
    for (const PlanTable *table : planTables()) {
        const Result<void> loaded = table->isCollection()
            ? loadRows(*table, plan)
            : loadRecord(*table, plan, table->rowId(plan, 0));
        if (!loaded)
            return Error {loaded.error()};
    }
    return plan;
}

Result<AccountId> PlanStore::insertAccount(const Account &account)
{
    const SqlTableMapper mapper(accountTable());
    const QStringList cols = QStringList {QStringLiteral("owner")} + quoted(mapper.columns());
    const QStringList marks(cols.size(), QStringLiteral("?"));
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO account (%1) VALUES (%2) RETURNING id")
                                .arg(cols.join(u", "), marks.join(u", ")));
    q.addBindValue(SqlDialect::of(m_db).currentLogin(m_db)); // whoever creates it owns it
    Plan scratch;
    scratch.account = account;
    for (int f = 0; f < int(accountTable().fields().size()); ++f)
        mapper.bindField(q, f, accountTable().value(scratch, 0, f));
    const Result<qint64> id = insertedId(q);
    if (!id)
        return Error {id.error()};
    return AccountId(*id);
}

Result<Plan> PlanStore::insert(Plan plan, PlanOrigin origin)
{
    if (!plan.account.id.isValid()) {
        const Result<AccountId> account = insertAccount(plan.account);
        if (!account)
            return Error {account.error()};
        plan.account.id = *account;
    } else if (auto updated = updateRecord(accountTable(), plan, plan.account.id.value); !updated) {
        return Error {updated.error()};
    }
    const SqlTableMapper header(headerTable());
    QStringList cols {
        QStringLiteral("account_id"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    QStringList marks {QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
    cols << quoted(header.columns());
    marks << QStringList(header.columns().size(), QStringLiteral("?"));
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO plan (%1) VALUES (%2) RETURNING id")
                                .arg(cols.join(u", "), marks.join(u", ")));
    q.addBindValue(plan.account.id.value);
    q.addBindValue(nowText());
    q.addBindValue(nowText());
    for (int f = 0; f < int(headerTable().fields().size()); ++f)
        header.bindField(q, f, headerTable().value(plan, 0, f));
    const Result<qint64> id = insertedId(q);
    if (!id)
        return Error {id.error()};
    plan.id = PlanId(*id);
    for (const PlanTable *table : planTables()) {
        if (!table->isCollection())
            continue;
        if (auto done = insertRows(*table, plan); !done)
            return Error {done.error()};
    }
    if (auto done = refreshHealth(plan.id); !done)
        return Error {done.error()};
    if (auto recorded = m_log.recordPlan(plan.id, entryKind(origin), {}, plan.header.title);
        !recorded)
        return Error {recorded.error()};
    return plan;
}

Result<void> PlanStore::insertRowAt(
    const PlanTable &table, PlanId plan, int position, const RowData &row)
{
    const SqlTableMapper mapper(table);
    QSqlQuery &q = prepared(mapper.insertRow());
    q.addBindValue(plan.value);
    q.addBindValue(row.id);
    q.addBindValue(position);
    for (int f = 0; f < int(table.fields().size()); ++f)
        mapper.bindField(q, f, f < row.values.size() ? row.values[f] : QVariant());
    return exec(q);
}

Result<void> PlanStore::insertRows(const PlanTable &table, const Plan &plan)
{
    for (int r = 0; r < table.rowCount(plan); ++r) {
        if (auto done = insertRowAt(table, plan.id, r, table.rowData(plan, r)); !done)
            return done;
    }
    return {};
}

Result<void> PlanStore::updateRecord(const PlanTable &table, const Plan &plan, qint64 id)
{
    const SqlTableMapper mapper(table);
    for (int f = 0; f < int(table.fields().size()); ++f) {
        QSqlQuery &q = prepared(mapper.updateRecordField(f));
        mapper.bindField(q, f, table.value(plan, 0, f));
        q.addBindValue(id);
        if (auto done = exec(q); !done)
            return done;
    }
    return {};
}

Result<void> PlanStore::replace(const Plan &plan)
{
    if (auto done = updateRecord(accountTable(), plan, plan.account.id.value); !done)
        return done;
    if (auto done = updateRecord(headerTable(), plan, plan.id.value); !done)
        return done;
    for (const PlanTable *table : planTables()) {
        if (!table->isCollection())
            continue;
        QSqlQuery &q
            = prepared(QStringLiteral("DELETE FROM \"%1\" WHERE plan_id = ?").arg(table->name()));
        q.addBindValue(plan.id.value);
        if (auto done = exec(q); !done)
            return done;
        if (auto done = insertRows(*table, plan); !done)
            return done;
    }
    if (auto done = touch(plan.id); !done)
        return done;
    if (auto done = writeHealth(plan.id, healthScore(plan)); !done)
        return done;
    return m_log.recordPlan(plan.id, ChangeEntry::Kind::Save, {}, plan.header.title);
}

Result<void> PlanStore::remove(PlanId id)
{
    QString title;
    {
        QSqlQuery &read = prepared(QStringLiteral("SELECT title FROM plan WHERE id = ?"));
        read.addBindValue(id.value);
        if (!read.exec())
            return sqlError(read.lastError(), SqlContext::Read, databaseFolder(m_db));
        if (read.next())
            title = read.value(0).toString();
        read.finish();
    }
    // First the entry, then the rows: a server refuses the entry of a plan that
    // this login may not change before anything is deleted.
    if (auto recorded = m_log.recordPlan(id, ChangeEntry::Kind::Delete, title); !recorded)
        return recorded;
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM plan WHERE id = ?"));
    q.addBindValue(id.value);
    if (auto done = exec(q); !done)
        return done;
    if (q.numRowsAffected() != 1)
        return Error {QCoreApplication::translate(
            "accord::Storage", "Plan %1 does not exist in this workspace.")
                          .arg(id.value)};
    return {};
}

Result<void> PlanStore::touch(PlanId id)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE plan SET updated_at = ? WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(id.value);
    return exec(q);
}

Result<void> PlanStore::refreshHealth(PlanId id)
{
    Plan scratch;
    scratch.id = id;
    if (auto done = loadRecord(headerTable(), scratch, id.value); !done)
        return done;
    if (auto done = loadRows(tableOf<HealthComponent>(), scratch); !done)
        return done;
    return writeHealth(id, healthScore(scratch));
}

Result<void> PlanStore::upgradeSignOffs(PlanId id)
{
    const Result<Plan> plan = load(id);
    if (!plan)
        return Error {plan.error()};
    Plan upgraded = *plan;
    SignOffUpgrade::upgradeAll(upgraded); // the plan's content is made once for all
    for (std::size_t i = 0; i < plan->signOffs.size(); ++i) {
        const SignOff &before = plan->signOffs[i];
        const SignOff &after = upgraded.signOffs[i];
        if (after.fingerprint == before.fingerprint && after.snapshot == before.snapshot)
            continue;
        for (const Change &change :
            {Change::set<&SignOff::fingerprint>(before.id, after.fingerprint),
                Change::set<&SignOff::snapshot>(before.id, after.snapshot)}) {
            if (auto done = apply(id, change); !done)
                return done;
        }
    }
    return {};
}

Result<void> PlanStore::writeHealth(PlanId id, const HealthScore &health)
{
    QSqlQuery &q = prepared(
        QStringLiteral("UPDATE plan SET health_score = ?, health_level = ? WHERE id = ?"));
    q.addBindValue(health.score ? QVariant(*health.score) : QVariant());
    q.addBindValue(health.level ? QVariant(enumKey(*health.level)) : QVariant());
    q.addBindValue(id.value);
    return exec(q);
}

} // namespace accord
