// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/postgresworkspace.h"
#include "storage/serveraddress.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacefile.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace accord::test {

// The backend a suite registered for both (accord_add_test … BACKENDS) runs
// against in this process: SQLite, or with ACCORD_TEST_BACKEND=postgres the
// throwaway server of tests/support/postgres/with-postgres.sh.
inline bool onServer()
{
    return qEnvironmentVariable("ACCORD_TEST_BACKEND") == u"postgres";
}

// The superuser's connection to the test server, from $ACCORD_TEST_POSTGRES.
inline Result<ServerAddress> testServer()
{
    const QString uri = qEnvironmentVariable("ACCORD_TEST_POSTGRES");
    if (uri.isEmpty())
        return Error {QStringLiteral(
            "ACCORD_TEST_POSTGRES is not set: run the tests with make test, or through "
            "tests/support/postgres/with-postgres.sh, which starts a throwaway PostgreSQL")};
    return ServerAddress::parse(uri);
}

// Runs SQL on the test server as its superuser, in database `database`
// (the maintenance database when empty); returns the error text, empty on
// success. `value`, when given, receives the first value the last statement read.
inline QString serverSql(
    const QString &database, const QStringList &statements, QString *value = nullptr)
{
    const Result<ServerAddress> server = testServer();
    if (!server)
        return server.error();
    ServerAddress address = *server;
    if (!database.isEmpty())
        address.setDatabase(database);
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        address.applyTo(db, 10);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    error = statement + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
            if (value && error.isEmpty() && q.isSelect() && q.next())
                *value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// One value read on the test server as its superuser, or the error in brackets.
inline QString serverValue(const QString &database, const QString &sql)
{
    QString value;
    const QString error = serverSql(database, {sql}, &value);
    return error.isEmpty() ? value : u'(' + error + u')';
}

// A fresh, empty place for one workspace, removed at the end: a file in a
// temporary folder, or a new database on the test server.
class TestWorkspaceLocation {
public:
    explicit TestWorkspaceLocation(bool server = onServer())
        : m_server(server)
    {
        if (!m_server) {
            m_location = m_dir.filePath(QStringLiteral("workspace.accord"));
            return;
        }
        const Result<ServerAddress> address = testServer();
        if (!address) {
            m_error = address.error();
            return;
        }
        m_database
            = QStringLiteral("accord_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        m_error = serverSql({}, {QStringLiteral("CREATE DATABASE %1").arg(m_database)});
        ServerAddress mine = *address;
        mine.setDatabase(m_database);
        m_address = mine;
        m_location = mine.display();
    }
    ~TestWorkspaceLocation()
    {
        if (m_server && m_error.isEmpty())
            serverSql(
                {}, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)});
    }
    TestWorkspaceLocation(const TestWorkspaceLocation &) = delete;
    TestWorkspaceLocation &operator=(const TestWorkspaceLocation &) = delete;

    bool isServer() const { return m_server; }
    // Why the location could not be made; empty when it was.
    QString error() const { return m_error; }
    // The path or the server's URI, as --workspace takes it.
    QString location() const { return m_location; }
    QString database() const { return m_database; }
    const ServerAddress &address() const { return m_address; }
    QString folder() const { return m_dir.path(); }

    // Opens the workspace, setting the server's database up the first time (as
    // `accord admin init` does).
    Result<std::unique_ptr<Workspace>> open(int targetSchema = -1) const
    {
        if (!m_error.isEmpty())
            return Error {m_error};
        if (!m_server) {
            SqliteWorkspace::Options options;
            options.targetSchema = targetSchema;
            auto ws = SqliteWorkspace::open(m_location, options);
            if (!ws)
                return ws.failure();
            return std::unique_ptr<Workspace>(std::move(*ws));
        }
        PostgresWorkspace::Options options;
        options.initialize = true;
        options.targetSchema = targetSchema;
        auto ws = PostgresWorkspace::open(m_address, options);
        if (!ws)
            return ws.failure();
        return std::unique_ptr<Workspace>(std::move(*ws));
    }

private:
    bool m_server;
    QTemporaryDir m_dir;
    QString m_location;
    QString m_database;
    QString m_error;
    ServerAddress m_address;
};

// The workspace at place, or null with the reason logged.
inline std::unique_ptr<Workspace> openOrFail(const TestWorkspaceLocation &place)
{
    auto result = place.open();
    if (!result) {
        qWarning("%s", qPrintable(result.error()));
        return nullptr;
    }
    return std::move(result.value());
}

} // namespace accord::test
