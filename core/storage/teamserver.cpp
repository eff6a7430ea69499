// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserver.h"

#include "postgresworkspace.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::TeamServer", text);
}

QString groupOf(const QString &role)
{
    return QStringLiteral("accord_") + role;
}

// Runs a statement the server itself assembles with format(): identifiers
// quoted by %I and literals by %L, so no name or password is ever pasted into SQL.
Result<void> runFormatted(QSqlDatabase &db, const QString &pattern, const QVariantList &values)
{
    QStringList marks;
    for (qsizetype i = 0; i < values.size(); ++i)
        marks << QStringLiteral("?::text");
    QSqlQuery build(db);
    build.prepare(QStringLiteral("SELECT format(?::text, %1)").arg(marks.join(u", ")));
    build.addBindValue(pattern);
    for (const QVariant &v : values)
        build.addBindValue(v);
    if (!build.exec() || !build.next())
        return sqlError(build.lastError(), SqlContext::Write);
    QSqlQuery run(db);
    if (!run.exec(build.value(0).toString()))
        return sqlError(run.lastError(), SqlContext::Write);
    return {};
}

Result<bool> roleExists(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read);
    return q.next();
}

Result<void> inTransaction(QSqlDatabase &db, const std::function<Result<void>()> &steps)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN")))
        return sqlError(q.lastError(), SqlContext::Write);
    Result<void> done = steps();
    if (!q.exec(done ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")) && done)
        return sqlError(q.lastError(), SqlContext::Write);
    return done;
}

} // namespace

const QStringList &TeamServer::roles()
{
    static const QStringList list {
        QStringLiteral("viewer"), QStringLiteral("csm"), QStringLiteral("manager")};
    return list;
}

Result<QString> TeamServer::init(const ServerAddress &address)
{
    PostgresWorkspace::Options options;
    options.initialize = true;
    auto ws = PostgresWorkspace::open(address, options);
    if (!ws)
        return ws.failure();
    QSqlDatabase db = (*ws)->database();
    QStringList created;
    auto granted = inTransaction(db, [&]() -> Result<void> {
        for (const QString &role : roles()) {
            const QString group = groupOf(role);
            const Result<bool> exists = roleExists(db, group);
            if (!exists)
                return Error {exists.error()};
            if (!*exists) {
                if (auto made = runFormatted(db, QStringLiteral("CREATE ROLE %I NOLOGIN"), {group});
                    !made)
                    return made;
                created << group;
            }
            const bool writes = role != u"viewer";
            const QString tables = writes ? QStringLiteral("SELECT, INSERT, UPDATE, DELETE")
                                          : QStringLiteral("SELECT");
            const QString grants[] = {
                QStringLiteral("GRANT CONNECT ON DATABASE %I TO %I"),
                QStringLiteral("GRANT USAGE ON SCHEMA %I TO %I"),
                QStringLiteral("GRANT %1 ON ALL TABLES IN SCHEMA %I TO %I").arg(tables),
                QStringLiteral("GRANT %1 ON ALL SEQUENCES IN SCHEMA %I TO %I")
                    .arg(writes ? QStringLiteral("USAGE, SELECT") : QStringLiteral("SELECT")),
            };
            QSqlQuery where(db);
            if (!where.exec(QStringLiteral("SELECT current_database(), current_schema()"))
                || !where.next())
                return sqlError(where.lastError(), SqlContext::Read);
            for (int i = 0; i < 4; ++i) {
                const QVariant object = where.value(i == 0 ? 0 : 1);
                if (auto done = runFormatted(db, grants[i], {object, group}); !done)
                    return done;
            }
        }
        return {};
    });
    if (!granted)
        return granted.failure();
    return created.isEmpty()
        ? tr("The team workspace %1 is set up; its roles had their grants renewed.")
              .arg(address.display())
        : tr("The team workspace %1 is set up, with the roles %2.")
              .arg(address.display(), created.join(QStringLiteral(", ")));
}

Result<QString> TeamServer::addUser(const ServerAddress &address, const QString &login,
    const QString &role, const QString &password)
{
    if (!roles().contains(role))
        return Error {tr("\"%1\" is not a role; the roles are %2.")
                          .arg(role, roles().join(QStringLiteral(", ")))};
    if (login.isEmpty() || login.size() > 63 || login.startsWith(QLatin1String("pg_"))
        || login.startsWith(QLatin1String("accord_")))
        return Error {tr("\"%1\" cannot be a login: give 1 to 63 characters, not starting with "
                         "pg_ or accord_.")
                          .arg(login)};
    for (const QChar c : login + password) {
        if (c.category() == QChar::Other_Control)
            return Error {tr("A login or password cannot contain control characters.")};
    }
    auto ws = PostgresWorkspace::open(address);
    if (!ws)
        return ws.failure();
    QSqlDatabase db = (*ws)->database();
    bool existed = false;
    auto done = inTransaction(db, [&]() -> Result<void> {
        const Result<bool> exists = roleExists(db, login);
        if (!exists)
            return Error {exists.error()};
        existed = *exists;
        const QString verb = existed ? QStringLiteral("ALTER") : QStringLiteral("CREATE");
        if (auto made = password.isEmpty()
                ? runFormatted(db, verb + QStringLiteral(" ROLE %I LOGIN"), {login})
                : runFormatted(
                    db, verb + QStringLiteral(" ROLE %I LOGIN PASSWORD %L"), {login, password});
            !made)
            return made;
        for (const QString &other : roles()) {
            if (other == role)
                continue;
            if (auto revoked
                = runFormatted(db, QStringLiteral("REVOKE %I FROM %I"), {groupOf(other), login});
                !revoked)
                return revoked;
        }
        return runFormatted(db, QStringLiteral("GRANT %I TO %I"), {groupOf(role), login});
    });
    if (!done)
        return done.failure();
    return existed ? tr("%1 is now a %2 of %3.").arg(login, role, address.display())
                   : tr("Added %1 as a %2 of %3.").arg(login, role, address.display());
}

} // namespace accord
