// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresworkspace.h"

#include "planstore.h"
#include "schemamanager.h"
#include "sqldialect.h"
#include "sqlerror.h"
#include "sqltransaction.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Storage", text);
}

// Text in and out as UTF-8, times as the clock says, whatever the server's defaults.
Result<void> sessionSettings(QSqlDatabase &db)
{
    QSqlQuery settings(db);
    if (!settings.exec(QStringLiteral("SET client_encoding = 'UTF8'"))
        || !settings.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return sqlError(settings.lastError(), SqlContext::Open);
    return {};
}

} // namespace

PostgresWorkspace::PostgresWorkspace(ServerAddress address, QSqlDatabase db)
    : SqlWorkspace(std::move(db))
    , m_address(std::move(address))
{
}

bool PostgresWorkspace::needsPassword(const Error &error)
{
    return error.code == Error::Code::PasswordRequired;
}

Result<std::unique_ptr<PostgresWorkspace>> PostgresWorkspace::open(
    const ServerAddress &address, const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error {tr("Accord cannot reach PostgreSQL servers on this computer: Qt's "
                         "PostgreSQL driver is not installed (Debian: apt install "
                         "libqt6sql6-psql).")};
    std::unique_ptr<PostgresWorkspace> workspace;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
            QStringLiteral("accord-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        address.applyTo(db, options.connectTimeoutSeconds);
        workspace.reset(new PostgresWorkspace(address, db));
    }
    QSqlDatabase &db = workspace->m_db;
    if (!db.open()) {
        const QString text = db.lastError().databaseText().isEmpty()
            ? db.lastError().text()
            : db.lastError().databaseText();
        const QString where = address.display();
        // libpq: no password from anywhere (the address, PGPASSWORD, ~/.pgpass, a
        // service file), or a wrong one. Either way the window can ask for one.
        if (text.contains(QLatin1String("no password supplied")))
            return Error {tr("The server %1 wants a password for this login.").arg(where),
                Error::Code::PasswordRequired};
        if (text.contains(QLatin1String("password authentication failed")))
            return Error {tr("The server %1 refused the password (%2).").arg(where, text.trimmed()),
                Error::Code::PasswordRequired};
        if (text.contains(QLatin1String("does not exist")))
            return Error {
                tr("The server %1 refused the connection: %2").arg(where, text.trimmed())};
        return Error {tr("The server %1 cannot be reached: %2").arg(where, text.trimmed()),
            Error::Code::ServerGone};
    }
    if (auto set = sessionSettings(db); !set)
        return set.failure();
    if (auto ready = workspace->prepareSchema(options); !ready)
        return ready.failure();
    return workspace;
}

Result<void> PostgresWorkspace::prepareSchema(const Options &options)
{
    const SqlDialect dialect = SqlDialect::of(m_db);
    const QString where = m_address.display();
    if (dialect.holdsOtherData(m_db))
        return Error {tr("The database %1 is not an Accord workspace: it holds other tables. "
                         "Accord left it untouched; give the address of an empty database or "
                         "of an Accord workspace.")
                          .arg(where)};
    const int version = dialect.formatVersion(m_db);
    if (version < 0)
        return Error {tr("The format of the workspace %1 could not be read.").arg(where)};
    if (version > WorkspaceFile::kSchemaVersion)
        return Error {tr("The workspace %1 is in format %2, newer than this version of Accord "
                         "reads (%3). It was left untouched; update Accord to use it.")
                          .arg(where)
                          .arg(version)
                          .arg(WorkspaceFile::kSchemaVersion)};
    if (version == 0 && !options.initialize)
        return Error {tr("The database %1 is empty: it is not set up as a team workspace yet. "
                         "Whoever runs the server sets it up with: accord admin init --workspace "
                         "%1")
                          .arg(where)};
    const int target
        = options.targetSchema < 0 ? WorkspaceFile::kSchemaVersion : options.targetSchema;
    if (version >= target)
        return {};
    if (auto upgraded = upgradeSchema(target); !upgraded)
        return Error {tr("%1 (Setting up or upgrading a team workspace needs a login that may "
                         "create tables: run accord admin init --workspace %2 as the database's "
                         "owner.)")
                          .arg(upgraded.error(), where)};
    return {};
}

Result<QString> PostgresWorkspace::backup(const QString &)
{
    return QString(); // a server's backups are its administrator's (pg_dump)
}

QString PostgresWorkspace::check(bool)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM plan")))
        return q.lastError().text();
    return QStringLiteral("ok");
}

// A write starts with BEGIN: when that finds the connection lost, nothing was
// sent yet, so it is safe to connect anew and begin again.
Result<void> PostgresWorkspace::beginWrite(SqlTransaction &transaction)
{
    if (!m_db.isOpen() && !revive())
        return unreachable();
    Result<void> begun = transaction.begin();
    if (!begun && begun.failure().code == Error::Code::ServerGone && revive())
        begun = transaction.begin();
    return begun;
}

bool PostgresWorkspace::revive()
{
    m_store.reset(); // its prepared statements belong to the lost connection
    m_db.close();
    const bool open = m_db.open() && sessionSettings(m_db);
    m_store = std::make_unique<PlanStore>(m_db);
    return open;
}

Error PostgresWorkspace::unreachable() const
{
    return {tr("The server %1 cannot be reached: %2")
                .arg(m_address.display(), m_db.lastError().text().trimmed()),
        Error::Code::ServerGone};
}

Result<void> PostgresWorkspace::ping()
{
    if (m_db.isOpen()) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT 1")))
            return {};
    }
    if (revive())
        return {};
    return unreachable();
}

} // namespace accord
