// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planrepository.h"

#include <QSqlDatabase>

namespace accord {

class ChangeLog;

// Who an account belongs to (account.owner and account_member): read by anyone,
// written in the caller's transaction with one history entry for each plan of
// the account. On a team workspace the server lets only a manager write it.
class TeamStore {
public:
    explicit TeamStore(QSqlDatabase db, ChangeLog *log = nullptr);

    Result<AccountTeam> read(AccountId account);
    // Needs the change log. The owner may be empty (nobody); members are
    // logins, the owner left out and each once.
    Result<void> write(AccountId account, const AccountTeam &team);

private:
    Result<void> run(QSqlQuery &query, bool reading = false);

    QSqlDatabase m_db;
    ChangeLog *m_log;
};

} // namespace accord
