// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamstore.h"

#include "changelog.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Storage", text);
}

// What a login may be: 1 to 63 characters (PostgreSQL's limit), no spaces around
// them, no control characters.
bool isLogin(const QString &login)
{
    return !login.isEmpty() && login.size() <= 63 && login.trimmed() == login
        && std::none_of(login.begin(), login.end(),
            [](QChar c) { return c.category() == QChar::Other_Control; });
}

// "owner\nmember, member": how a team entry of the history keeps a team.
QString historyText(const AccountTeam &team)
{
    return team.owner + u'\n' + team.members.join(QStringLiteral(", "));
}

} // namespace

TeamStore::TeamStore(QSqlDatabase db, ChangeLog *log)
    : m_db(std::move(db))
    , m_log(log)
{
}

Result<void> TeamStore::run(QSqlQuery &query, bool reading)
{
    if (!query.exec())
        return sqlError(query.lastError(), reading ? SqlContext::Read : SqlContext::Write,
            databaseFolder(m_db));
    return {};
}

Result<AccountTeam> TeamStore::read(AccountId account)
{
    AccountTeam team;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT owner FROM account WHERE id = ?"));
    q.addBindValue(account.value);
    if (auto done = run(q, true); !done)
        return done.failure();
    if (!q.next())
        return Error {tr("Account %1 does not exist in this workspace.").arg(account.value)};
    team.owner = q.value(0).toString();
    q.prepare(
        QStringLiteral("SELECT login FROM account_member WHERE account_id = ? ORDER BY login"));
    q.addBindValue(account.value);
    if (auto done = run(q, true); !done)
        return done.failure();
    while (q.next())
        team.members << q.value(0).toString();
    return team;
}

Result<void> TeamStore::write(AccountId account, const AccountTeam &team)
{
    const QStringList logins = QStringList(team.members) << team.owner;
    for (const QString &login : logins) {
        if (!isLogin(login) && !(login.isEmpty() && &login == &logins.last()))
            return Error {tr("\"%1\" cannot be a login: give 1 to 63 characters, without spaces "
                             "around them or control characters.")
                              .arg(login)};
    }
    const Result<AccountTeam> before = read(account);
    if (!before)
        return before.failure();
    AccountTeam after;
    after.owner = team.owner;
    for (const QString &login : team.members) {
        if (login != team.owner && !after.members.contains(login))
            after.members << login;
    }
    after.members.sort();
    if (*before == after)
        return {};
    QSqlQuery q(m_db);
    if (before->owner != after.owner) {
        q.prepare(QStringLiteral("UPDATE account SET owner = ? WHERE id = ?"));
        q.addBindValue(after.owner.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(after.owner));
        q.addBindValue(account.value);
        if (auto done = run(q); !done)
            return done;
        if (q.numRowsAffected() != 1)
            return Error {tr("The owner of account %1 could not be changed.").arg(account.value)};
    }
    if (before->members != after.members) {
        q.prepare(QStringLiteral("DELETE FROM account_member WHERE account_id = ?"));
        q.addBindValue(account.value);
        if (auto done = run(q); !done)
            return done;
        q.prepare(QStringLiteral("INSERT INTO account_member (account_id, login) VALUES (?, ?)"));
        for (const QString &login : after.members) {
            q.addBindValue(account.value);
            q.addBindValue(login);
            if (auto done = run(q); !done)
                return done;
        }
    }
    // Each plan of the account says who its team became.
    q.prepare(QStringLiteral("SELECT id FROM plan WHERE account_id = ?"));
    q.addBindValue(account.value);
    if (auto done = run(q, true); !done)
        return done;
    std::vector<PlanId> plans;
    while (q.next())
        plans.push_back(PlanId(q.value(0).toLongLong()));
    for (const PlanId plan : plans) {
        if (auto recorded = m_log->recordPlan(
                plan, ChangeEntry::Kind::Team, historyText(*before), historyText(after));
            !recorded)
            return recorded;
    }
    return {};
}

} // namespace accord
