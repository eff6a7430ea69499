// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesscheck.h"

#include "sqldialect.h"
#include "sqlerror.h"
#include "teamstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Storage", text);
}

const QString kAdministrator = QStringLiteral("administrator");
const QString kManager = QStringLiteral("manager");
const QString kCsm = QStringLiteral("csm");
const QString kViewer = QStringLiteral("viewer");

} // namespace

AccessCheck::AccessCheck(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<AccessCheck::Identity> AccessCheck::identify()
{
    Identity who;
    const SqlDialect dialect = SqlDialect::of(m_db);
    if (!dialect.isServer()) {
        who.login = dialect.currentLogin(m_db);
        return who;
    }
    // The database's owner (and a superuser) is its administrator: row-level
    // security does not bind them. Otherwise the strongest group role held.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT current_user, "
            "COALESCE((SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('plan')), "
            "false), "
            "COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) "
            "OR COALESCE(pg_has_role((SELECT relowner FROM pg_class WHERE oid = "
            "to_regclass('plan')), 'MEMBER'), false), "
            "(SELECT string_agg(r.rolname, ' ') FROM pg_roles r WHERE r.rolname IN "
            "('accord_manager', 'accord_csm', 'accord_viewer') AND pg_has_role(r.oid, 'MEMBER'))"))
        || !q.next())
        return sqlError(q.lastError(), SqlContext::Read);
    who.login = q.value(0).toString();
    who.guarded = q.value(1).toBool();
    const QStringList groups = q.value(3).toString().split(u' ', Qt::SkipEmptyParts);
    if (q.value(2).toBool())
        who.role = kAdministrator;
    else if (groups.contains(QStringLiteral("accord_manager")))
        who.role = kManager;
    else if (groups.contains(QStringLiteral("accord_csm")))
        who.role = kCsm;
    else if (groups.contains(QStringLiteral("accord_viewer")))
        who.role = kViewer;
    return who;
}

Result<EditRights> AccessCheck::forNewAccount()
{
    const Result<Identity> who = identify();
    if (!who)
        return who.failure();
    EditRights rights;
    rights.login = who->login;
    rights.role = who->role;
    if (!who->guarded || who->role == kAdministrator || who->role == kManager)
        return rights;
    rights.remove = rights.assign = false;
    if (who->role == kCsm)
        return rights;
    rights.edit = false;
    rights.reason = who->role == kViewer
        ? tr("You are signed in as %1, a viewer of this team workspace: viewers read every plan "
             "and change none. Whoever runs the team's server can make you a CSM (accord admin "
             "add-user).")
              .arg(who->login)
        : tr("%1 has no role in this team workspace (viewer, CSM or manager), so it may change "
             "nothing. Whoever runs the team's server gives roles with accord admin add-user.")
              .arg(who->login);
    return rights;
}

Result<EditRights> AccessCheck::forPlan(PlanId plan)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.company FROM plan p JOIN account a ON a.id = p.account_id WHERE p.id = ?"));
    q.addBindValue(plan.value);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read);
    if (!q.next())
        return Error {tr("Plan %1 does not exist in this workspace.").arg(plan.value)};
    return forAccount(AccountId(q.value(0).toLongLong()), q.value(1).toString());
}

Result<EditRights> AccessCheck::forAccount(AccountId account)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT company FROM account WHERE id = ?"));
    q.addBindValue(account.value);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read);
    if (!q.next())
        return Error {tr("Account %1 does not exist in this workspace.").arg(account.value)};
    return forAccount(account, q.value(0).toString());
}

Result<EditRights> AccessCheck::forAccount(AccountId account, const QString &company)
{
    Result<EditRights> rights = forNewAccount();
    if (!rights || !rights->edit || rights->role != kCsm)
        return rights;
    const Result<AccountTeam> members = TeamStore(m_db).read(account);
    if (!members)
        return members.failure();
    if (members->owner == rights->login || members->members.contains(rights->login))
        return rights;
    rights->edit = false;
    const QString owner = members->owner.isEmpty() ? tr("no owner yet") : members->owner;
    const QString team = members->members.isEmpty() ? tr("nobody else")
                                                    : members->members.join(QStringLiteral(", "));
    rights->reason = tr("Only the team of %1 and the managers may change its plans, and %2 is "
                        "not on it (owner: %3; team: %4). Ask a manager to add you to the "
                        "account's team.")
                         .arg(company, rights->login, owner, team);
    return rights;
}

} // namespace accord
