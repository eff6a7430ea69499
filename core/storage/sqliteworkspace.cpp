// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteworkspace.h"

#include "schemamanager.h"
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
    : SqlWorkspace(std::move(db))
    , m_path(std::move(path))
    , m_backups(m_path, options.keepBackups)
{
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
    // SQLite's busy handler is not fair: among many writers one may keep losing
    // the lock to the others for the whole timeout. Nothing was written yet, so
    // waiting for another round is safe; a lock held this long by one program
    // (four timeouts) is reported.
    Result<void> begun = SqlWorkspace::beginWrite(transaction);
    for (int round = 1; round < 4 && !begun && begun.failure().code == Error::Code::Busy; ++round)
        begun = SqlWorkspace::beginWrite(transaction);
    return begun;
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
    if (auto upgraded = upgradeSchema(target); !upgraded)
        return upgraded;
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

} // namespace accord
