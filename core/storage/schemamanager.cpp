// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamanager.h"

#include "sqldialect.h"
#include "sqlerror.h"
#include "sqltransaction.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

#include <optional>

namespace accord {

namespace {

// The key of the PostgreSQL advisory lock held while a step runs ("ACOR" + 1).
constexpr qint64 kUpgradeLock = 0x41434F5201;

// The statements of one schema step, from the resource :/sql/vN.sql (none for a
// step that only changes data in its hook); nullopt when the step does not exist.
std::optional<QStringList> stepStatements(int version)
{
    QFile file(QStringLiteral(":/sql/v%1.sql").arg(version));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QStringList statements;
    for (const QString &s : QString::fromUtf8(file.readAll()).split(u';')) {
        QString statement;
        for (const QString &line : s.split(u'\n')) {
            if (!line.trimmed().startsWith(QStringLiteral("--")))
                statement += line + u'\n';
        }
        if (!statement.trimmed().isEmpty())
            statements << statement.trimmed();
    }
    return statements;
}

} // namespace

SchemaManager::SchemaManager(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int SchemaManager::currentVersion(QSqlDatabase db)
{
    return SqlDialect::of(db).formatVersion(db);
}

void SchemaManager::setHook(int version, StepHook hook)
{
    m_hooks.emplace_back(version, std::move(hook));
}

SchemaManager::Report SchemaManager::upgrade(int target)
{
    Report report;
    if (target < 0)
        target = WorkspaceFile::kSchemaVersion;
    report.fromVersion = report.toVersion = currentVersion(m_db);
    if (report.fromVersion < 0) {
        report.outcome = Outcome::SchemaError;
        report.error = QCoreApplication::translate(
            "accord::Storage", "The workspace's schema version could not be read.");
        return report;
    }
    if (report.fromVersion > WorkspaceFile::kSchemaVersion) {
        report.outcome = Outcome::NewerVersionIncompatible;
        return report;
    }
    if (report.fromVersion >= target)
        return report;
    if (const Result<void> done = runSteps(report.fromVersion, target); !done) {
        report.outcome = Outcome::SchemaError;
        report.error = QCoreApplication::translate(
            "accord::Storage", "Upgrading the workspace from format %1 to %2 failed: %3")
                           .arg(report.fromVersion)
                           .arg(target)
                           .arg(done.error());
        return report;
    }
    report.toVersion = target;
    report.outcome = Outcome::Upgraded;
    return report;
}

Result<void> SchemaManager::runSteps(int from, int target)
{
    const SqlDialect dialect = SqlDialect::of(m_db);
    SqlTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery q(m_db);
    if (dialect.isServer()) {
        // Two programs opening a server workspace at once: one upgrades, the
        // other waits here and then finds the work done.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kUpgradeLock)))
            return sqlError(q.lastError(), SqlContext::Write);
        from = dialect.formatVersion(m_db);
        if (from >= target)
            return transaction.commit();
    }
    // Every step's tables first, then every step's data: the data steps use
    // today's code, which reads and writes today's columns.
    for (int version = from + 1; version <= target; ++version) {
        const std::optional<QStringList> statements = stepStatements(version);
        if (!statements)
            return Error {QCoreApplication::translate(
                "accord::Storage", "no migration step is defined for format %1")
                              .arg(version)};
        for (const QString &statement : *statements) {
            if (!q.exec(dialect.schemaStatement(statement)))
                return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
        }
    }
    for (int version = from + 1; version <= target; ++version) {
        for (auto &[hookVersion, hook] : m_hooks) {
            if (hookVersion != version)
                continue;
            if (auto done = hook(m_db); !done)
                return done;
        }
    }
    if (auto recorded = dialect.setFormatVersion(m_db, target); !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace accord
