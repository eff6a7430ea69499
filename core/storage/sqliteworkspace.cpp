// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteworkspace.h"

#include "planstore.h"
#include "schemamanager.h"
#include "settingstore.h"
#include "sqlerror.h"
#include "sqltransaction.h"
#include "workspacecheck.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace accord {

namespace {

// Runs one PRAGMA on its own, outside any transaction, and returns what it reads back.
Result<QString> pragma(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return sqlError(q.lastError(), SqlContext::Open, databaseFolder(db));
    return q.next() ? q.value(0).toString() : QString();
}

// Write permission as the file's mode says, so a file marked read-only is respected
// even by a user (root) whom the system would let write anyway.
bool markedWritable(const QFileInfo &info)
{
    constexpr QFile::Permissions anyWrite
        = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

Result<void> checkWritable(const QString &path, bool exists)
{
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (exists && !markedWritable(info))
        return Error {QCoreApplication::translate("accord::Storage",
            "%1 is read-only; Accord needs to write to its workspace. Check the file's "
            "permissions.")
                          .arg(QDir::toNativeSeparators(info.absoluteFilePath()))};
    if (!markedWritable(QFileInfo(info.absolutePath())))
        return Error {QCoreApplication::translate("accord::Storage",
            "The folder %1 is read-only; Accord needs to write its workspace and journal there.")
                          .arg(folder)};
    return {};
}

} // namespace

SqliteWorkspace::SqliteWorkspace(QString path, QSqlDatabase db, const Options &options)
    : m_path(std::move(path))
    , m_connection(db.connectionName())
    , m_db(std::move(db))
    , m_backups(m_path, options.keepBackups)
    , m_store(std::make_unique<PlanStore>(m_db))
{
}

SqliteWorkspace::~SqliteWorkspace()
{
    m_store.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<SqliteWorkspace>> SqliteWorkspace::open(
    const QString &path, const Options &options)
{
    const WorkspaceFile file = WorkspaceFile::inspect(path);
    if (!file.isOk())
        return Error {file.refusal()};
    const bool exists = file.state() != WorkspaceFile::State::Missing;
    if (!exists && !options.create)
        return Error {
            QCoreApplication::translate("accord::Storage", "The workspace %1 does not exist.")
                .arg(QDir::toNativeSeparators(path))};
    if (!exists && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {QCoreApplication::translate(
            "accord::Storage", "The folder for the workspace %1 could not be created.")
                          .arg(QDir::toNativeSeparators(path))};
    if (auto writable = checkWritable(path, exists); !writable)
        return Error {writable.error()};
    // Held from before SQLite sees the file (from its creation for a new one) until
    // the workspace is closed.
    WorkspaceLock lock;
    const auto takeLock = [&]() -> Result<void> {
        auto locked = WorkspaceLock::shared(path, options.lockWaitMs);
        if (!locked)
            return Error {locked.error()};
        lock = std::move(*locked);
        return {};
    };
    if (auto locked = exists ? takeLock() : Result<void> {}; !locked)
        return Error {locked.error()};

    std::unique_ptr<SqliteWorkspace> workspace;
    { // the workspace holds the only handle of its connection, so closing it removes it
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
            QStringLiteral("accord-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        workspace.reset(new SqliteWorkspace(path, db, options));
    }
    if (!workspace->m_db.open())
        return sqlError(
            workspace->m_db.lastError(), SqlContext::Open, databaseFolder(workspace->m_db));
    if (auto locked = exists ? Result<void> {} : takeLock(); !locked)
        return Error {locked.error()};
    workspace->m_lock = std::move(lock);
    if (auto configured = configure(workspace->m_db, options); !configured)
        return Error {configured.error()};
    if (auto ours = workspace->verifyIdentity(); !ours)
        return Error {ours.error()};
    if (auto migrated = workspace->migrate(options, exists); !migrated)
        return Error {migrated.error()};
    // A write probe: a lock held by another process past the timeout shows here.
    if (auto writable = workspace->probeWrite(); !writable)
        return Error {writable.error()};
    return workspace;
}

// The header checks of WorkspaceFile, asked of SQLite itself (authoritative while a
// write-ahead log holds changes the main file's header does not show yet).
Result<void> SqliteWorkspace::verifyIdentity()
{
    return WorkspaceCheck::identity(
        m_db, QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()), true);
}

Result<void> SqliteWorkspace::probeWrite()
{
    SqlTransaction probe(m_db);
    if (auto begun = beginWrite(probe); !begun)
        return begun;
    return probe.commit();
}

Result<void> SqliteWorkspace::beginWrite(SqlTransaction &transaction)
{
    if (auto here = ensureInPlace(); !here)
        return here;
    return transaction.begin();
}

Result<void> SqliteWorkspace::ensureInPlace() const
{
    if (isReplaced())
        return Error {QCoreApplication::translate("accord::Storage",
            "The workspace file %1 was replaced, moved or deleted by another program while it was "
            "open. Accord no longer writes to it, so nothing goes into a file that is gone; "
            "this change was not saved. Open the workspace again to go on.")
                          .arg(QDir::toNativeSeparators(m_path))};
    return {};
}

Result<void> SqliteWorkspace::configure(QSqlDatabase &db, const Options &options)
{
    struct Setting {
        QString set;
        QString read;
        QString expected;
    };
    const Setting settings[] = {
        {QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
            QStringLiteral("PRAGMA busy_timeout"), QString::number(options.busyTimeoutMs)},
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA foreign_keys"),
            QStringLiteral("1")},
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA journal_mode"),
            QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA synchronous"),
            QStringLiteral("2")},
    };
    for (const Setting &s : settings) {
        if (auto set = pragma(db, s.set); !set)
            return Error {set.error()};
        const Result<QString> value = pragma(db, s.read);
        if (!value)
            return Error {value.error()};
        if (value->compare(s.expected, Qt::CaseInsensitive) != 0)
            return Error {QCoreApplication::translate("accord::Storage",
                "The workspace could not be configured safely (%1 reads back %2, expected %3).")
                              .arg(s.read, *value, s.expected)};
    }
    const Result<QString> check = pragma(db, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return Error {check.error()};
    if (*check != u"ok")
        return Error {QCoreApplication::translate(
            "accord::Storage", "The workspace is damaged (%1). Restore it from a backup.")
                          .arg(*check)};
    return {};
}

Result<void> SqliteWorkspace::migrate(const Options &options, bool existing)
{
    const int version = SchemaManager::currentVersion(m_db);
    const int target
        = options.targetSchema < 0 ? WorkspaceFile::kSchemaVersion : options.targetSchema;
    if (version >= target)
        return {};
    if (existing && version > 0) {
        if (auto saved = backup(QStringLiteral("before-upgrade")); !saved)
            return Error {saved.error()};
    }
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
    // Put the new header (application id, format version) into the main file now,
    // so that other programs reading it see an Accord workspace.
    QSqlQuery checkpoint(m_db);
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

Result<QString> SqliteWorkspace::backup(const QString &reason)
{
    if (auto here = ensureInPlace(); !here)
        return Error {here.error()};
    return m_backups.create(m_db, reason);
}

QString SqliteWorkspace::check(bool full)
{
    QSqlQuery q(m_db);
    if (!q.exec(
            full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u'\n');
}

Result<std::vector<PlanSummary>> SqliteWorkspace::listPlans()
{
    return m_store->listPlans();
}

Result<std::vector<Account>> SqliteWorkspace::listAccounts()
{
    return m_store->listAccounts();
}

Result<Plan> SqliteWorkspace::loadPlan(PlanId id)
{
    return m_store->load(id);
}

Result<Plan> SqliteWorkspace::insertPlan(const Plan &plan)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return Error {begun.error()};
    Result<Plan> stored = m_store->insert(plan);
    if (!stored)
        return stored;
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return stored;
}

Result<std::vector<PlanId>> SqliteWorkspace::insertPlans(const std::vector<Plan> &plans)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return Error {begun.error()};
    std::vector<PlanId> ids;
    for (const Plan &plan : plans) {
        Result<Plan> stored = m_store->insert(plan);
        if (!stored)
            return Error {stored.error()};
        ids.push_back(stored->id);
    }
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return ids;
}

Result<void> SqliteWorkspace::savePlan(const Plan &plan)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    if (auto done = m_store->replace(plan); !done)
        return done;
    return transaction.commit();
}

Result<void> SqliteWorkspace::apply(PlanId plan, const std::vector<Change> &changes)
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
    return transaction.commit();
}

Result<QString> SqliteWorkspace::setting(const QString &key, PlanId plan)
{
    return SettingStore(m_db).read(key, plan);
}

Result<void> SqliteWorkspace::setSetting(const QString &key, const QString &value, PlanId plan)
{
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    if (auto written = SettingStore(m_db).write(key, value, plan); !written)
        return written;
    return transaction.commit();
}

Result<void> SqliteWorkspace::deletePlan(PlanId id)
{
    if (auto saved = backup(QStringLiteral("before-delete")); !saved)
        return Error {saved.error()};
    SqlTransaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    if (auto done = m_store->remove(id); !done)
        return done;
    return transaction.commit();
}

} // namespace accord
