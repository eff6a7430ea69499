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

// The functions the policies ask: whether the login is a manager, may change an
// account's plans (a manager, its owner, a member of its team), one plan's.
// Their search path is fixed, so nobody can slip in tables of their own.
const char *const kFunctions[] = {
    "CREATE OR REPLACE FUNCTION accord_is_manager() RETURNS boolean LANGUAGE sql STABLE "
    "SET search_path = %1$I AS $f$ SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE "
    "r.rolname = 'accord_manager' AND pg_catalog.pg_has_role(r.oid, 'MEMBER')) $f$",
    "CREATE OR REPLACE FUNCTION accord_edits_account(bigint) RETURNS boolean LANGUAGE sql STABLE "
    "SET search_path = %1$I AS $f$ SELECT accord_is_manager() OR EXISTS (SELECT 1 FROM account a "
    "WHERE a.id = $1 AND a.owner = current_user) OR EXISTS (SELECT 1 FROM account_member m WHERE "
    "m.account_id = $1 AND m.login = current_user) $f$",
    "CREATE OR REPLACE FUNCTION accord_edits_plan(bigint) RETURNS boolean LANGUAGE sql STABLE "
    "SET search_path = %1$I AS $f$ SELECT accord_edits_account((SELECT p.account_id FROM plan p "
    "WHERE p.id = $1)) $f$",
};

// What each kind of table allows beyond reading, as (command, USING, WITH CHECK).
struct Policy {
    const char *command;
    const char *usingExpression;
    const char *checkExpression;
};

std::vector<Policy> policiesOf(const QString &table, bool hasPlanId)
{
    if (table == u"account")
        return {{"INSERT", nullptr, "accord_is_manager() OR owner = current_user"},
            {"UPDATE", "accord_edits_account(id)", "accord_edits_account(id)"},
            {"DELETE", "accord_is_manager()", nullptr}};
    if (table == u"plan")
        return {{"INSERT", nullptr, "accord_edits_account(account_id)"},
            {"UPDATE", "accord_edits_account(account_id)", "accord_edits_account(account_id)"},
            {"DELETE", "accord_is_manager()", nullptr}};
    if (table == u"change_log") // appended by whoever writes, as themselves; never changed
        return {{"INSERT", nullptr, "login = current_user"}};
    if (table == u"account_member" || table == u"workspace_setting")
        return {{"INSERT", nullptr, "accord_is_manager()"},
            {"UPDATE", "accord_is_manager()", "accord_is_manager()"},
            {"DELETE", "accord_is_manager()", nullptr}};
    if (hasPlanId)
        return {{"INSERT", nullptr, "accord_edits_plan(plan_id)"},
            {"UPDATE", "accord_edits_plan(plan_id)", "accord_edits_plan(plan_id)"},
            {"DELETE", "accord_edits_plan(plan_id)", nullptr}};
    return {}; // the workspace's identity, the team's names: the administrator's
}

// What a role may do to a table (before row-level security narrows it).
QString privilegesOf(const QString &role, const QString &table, bool hasPlanId)
{
    if (role == u"viewer")
        return QStringLiteral("SELECT");
    if (table == u"change_log")
        return QStringLiteral("SELECT, INSERT");
    const bool manager = role == u"manager";
    if (table == u"account_member" || table == u"workspace_setting")
        return manager ? QStringLiteral("SELECT, INSERT, UPDATE, DELETE")
                       : QStringLiteral("SELECT");
    if (table == u"account") // a CSM's UPDATE is granted column by column, owner left out
        return manager ? QStringLiteral("SELECT, INSERT, UPDATE, DELETE")
                       : QStringLiteral("SELECT, INSERT");
    if (table == u"plan" || hasPlanId)
        return QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
    return QStringLiteral("SELECT");
}

// Grants and row-level security for every table of the workspace, made anew.
Result<void> secure(QSqlDatabase &db)
{
    QSqlQuery where(db);
    if (!where.exec(QStringLiteral("SELECT current_database(), current_schema()")) || !where.next())
        return sqlError(where.lastError(), SqlContext::Read);
    const QString database = where.value(0).toString();
    const QString schema = where.value(1).toString();
    for (const char *function : kFunctions) {
        if (auto made = runFormatted(db, QString::fromLatin1(function), {schema}); !made)
            return made;
    }
    QSqlQuery tables(db);
    tables.prepare(QStringLiteral(
        "SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE "
        "c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = "
        "'plan_id') FROM information_schema.tables t WHERE t.table_schema = ? AND t.table_type = "
        "'BASE TABLE' ORDER BY 1"));
    tables.addBindValue(schema);
    if (!tables.exec())
        return sqlError(tables.lastError(), SqlContext::Read);
    std::vector<std::pair<QString, bool>> all;
    while (tables.next())
        all.emplace_back(tables.value(0).toString(), tables.value(1).toBool());
    QStringList accountColumns; // a CSM may change all but the owner
    QSqlQuery columns(db);
    columns.prepare(QStringLiteral(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND "
        "table_name = 'account' AND column_name NOT IN ('id', 'owner') ORDER BY ordinal_position"));
    columns.addBindValue(schema);
    if (!columns.exec())
        return sqlError(columns.lastError(), SqlContext::Read);
    while (columns.next())
        accountColumns << columns.value(0).toString();

    for (const QString &role : TeamServer::roles()) {
        const QString group = groupOf(role);
        for (const QString &grant : {QStringLiteral("GRANT CONNECT ON DATABASE %I TO %I"),
                 QStringLiteral("GRANT USAGE ON SCHEMA %I TO %I")}) {
            if (auto done = runFormatted(db, grant,
                    {grant.contains(QLatin1String("DATABASE")) ? database : schema, group});
                !done)
                return done;
        }
        const QString sequences
            = role == u"viewer" ? QStringLiteral("SELECT") : QStringLiteral("USAGE, SELECT");
        for (const QString &statement :
            {QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I"),
                QStringLiteral("GRANT %1 ON ALL SEQUENCES IN SCHEMA %I TO %I").arg(sequences)}) {
            if (auto done = runFormatted(db, statement, {schema, group}); !done)
                return done;
        }
        for (const auto &[table, hasPlanId] : all) {
            if (auto done = runFormatted(db,
                    QStringLiteral("GRANT %1 ON TABLE %I.%I TO %I")
                        .arg(privilegesOf(role, table, hasPlanId)),
                    {schema, table, group});
                !done)
                return done;
        }
        if (role == u"csm" && !accountColumns.isEmpty()) {
            QStringList marks;
            QVariantList values;
            for (const QString &column : accountColumns) {
                marks << QStringLiteral("%I");
                values << column;
            }
            values << schema << group;
            if (auto done = runFormatted(db,
                    QStringLiteral("GRANT UPDATE (%1) ON TABLE %I.account TO %I")
                        .arg(marks.join(QStringLiteral(", "))),
                    values);
                !done)
                return done;
        }
    }
    for (const auto &[table, hasPlanId] : all) {
        QSqlQuery existing(db);
        existing.prepare(
            QStringLiteral("SELECT policyname FROM pg_catalog.pg_policies WHERE schemaname = ? "
                           "AND tablename = ? AND policyname LIKE 'accord\\_%'"));
        existing.addBindValue(schema);
        existing.addBindValue(table);
        if (!existing.exec())
            return sqlError(existing.lastError(), SqlContext::Read);
        QStringList old;
        while (existing.next())
            old << existing.value(0).toString();
        for (const QString &policy : old) {
            if (auto done = runFormatted(
                    db, QStringLiteral("DROP POLICY %I ON %I.%I"), {policy, schema, table});
                !done)
                return done;
        }
        if (auto done = runFormatted(
                db, QStringLiteral("ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY"), {schema, table});
            !done)
            return done;
        if (auto done = runFormatted(db,
                QStringLiteral("CREATE POLICY accord_read ON %I.%I FOR SELECT USING (true)"),
                {schema, table});
            !done)
            return done;
        for (const Policy &policy : policiesOf(table, hasPlanId)) {
            QString statement = QStringLiteral("CREATE POLICY %I ON %I.%I FOR %1")
                                    .arg(QLatin1String(policy.command));
            if (policy.usingExpression)
                statement
                    += QStringLiteral(" USING (%1)").arg(QLatin1String(policy.usingExpression));
            if (policy.checkExpression)
                statement += QStringLiteral(" WITH CHECK (%1)")
                                 .arg(QLatin1String(policy.checkExpression));
            const QString name
                = QStringLiteral("accord_") + QString::fromLatin1(policy.command).toLower();
            if (auto done = runFormatted(db, statement, {name, schema, table}); !done)
                return done;
        }
    }
    return {};
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
        }
        return secure(db);
    });
    if (!granted)
        return granted.failure();
    return created.isEmpty()
        ? tr("The team workspace %1 is set up; its roles' grants and row-level security were "
             "renewed.")
              .arg(address.display())
        : tr("The team workspace %1 is set up, with the roles %2 and row-level security.")
              .arg(address.display(), created.join(QStringLiteral(", ")));
}

Result<QString> TeamServer::addUser(const ServerAddress &address, const QString &login,
    const QString &role, const QString &password, const QString &name)
{
    if (!roles().contains(role))
        return Error {tr("\"%1\" is not a role; the roles are %2.")
                          .arg(role, roles().join(QStringLiteral(", ")))};
    if (login.isEmpty() || login.size() > 63 || login.startsWith(QLatin1String("pg_"))
        || login.startsWith(QLatin1String("accord_")))
        return Error {tr("\"%1\" cannot be a login: give 1 to 63 characters, not starting with "
                         "pg_ or accord_.")
                          .arg(login)};
    if (name.size() > 200)
        return Error {tr("A display name can have at most 200 characters.")};
    for (const QChar c : login + password + name) {
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
        if (!name.trimmed().isEmpty()) { // what the history shows beside the login
            QSqlQuery person(db);
            person.prepare(QStringLiteral(
                "INSERT INTO person (login, display_name) VALUES (?, ?) ON CONFLICT (login) DO "
                "UPDATE SET display_name = excluded.display_name"));
            person.addBindValue(login);
            person.addBindValue(name.trimmed());
            if (!person.exec())
                return sqlError(person.lastError(), SqlContext::Write);
        }
        return runFormatted(db, QStringLiteral("GRANT %I TO %I"), {groupOf(role), login});
    });
    if (!done)
        return done.failure();
    return existed ? tr("%1 is now a %2 of %3.").arg(login, role, address.display())
                   : tr("Added %1 as a %2 of %3.").arg(login, role, address.display());
}

} // namespace accord
