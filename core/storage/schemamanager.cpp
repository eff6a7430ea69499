// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamanager.h"

#include "sqlerror.h"
#include "sqltransaction.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

#include <optional>

namespace accord {

namespace {

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
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
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
    for (int version = report.fromVersion + 1; version <= target; ++version) {
        if (const Result<void> step = runStep(version); !step) {
            report.outcome = Outcome::SchemaError;
            report.error = QCoreApplication::translate(
                "accord::Storage", "Upgrading the workspace to format %1 failed: %2")
                               .arg(version)
                               .arg(step.error());
            return report;
        }
        report.toVersion = version;
        report.outcome = Outcome::Upgraded;
    }
    return report;
}

Result<void> SchemaManager::runStep(int version)
{
    const std::optional<QStringList> statements = stepStatements(version);
    if (!statements)
        return Error {QCoreApplication::translate(
            "accord::Storage", "no migration step is defined for format %1")
                          .arg(version)};
    SqlTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery q(m_db);
    for (const QString &statement : *statements) {
        if (!q.exec(statement))
            return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
    }
    for (auto &[hookVersion, hook] : m_hooks) {
        if (hookVersion != version)
            continue;
        if (auto done = hook(m_db); !done)
            return done;
    }
    // PRAGMA values are fixed numbers, not user data.
    const QString setVersion = QStringLiteral("PRAGMA user_version = %1").arg(version);
    const QString setAppId
        = QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceFile::kApplicationId);
    if (!q.exec(setVersion) || !q.exec(setAppId))
        return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
    return transaction.commit();
}

} // namespace accord
