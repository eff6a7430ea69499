// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planrepository.h"

#include <QSqlDatabase>

namespace accord {

// What the login of a connection may do, as a team workspace's roles and
// row-level security decide it (TeamServer sets them up), in words a person can
// act on. The database enforces it whatever this says; this says it first, and
// explains a write the database refused. A file, or a server whose workspace was
// set up without roles, allows everything.
class AccessCheck {
public:
    explicit AccessCheck(QSqlDatabase db);

    Result<EditRights> forPlan(PlanId plan);
    Result<EditRights> forAccount(AccountId account);
    // Whoever may write at all may create an account (and own it).
    Result<EditRights> forNewAccount();

private:
    struct Identity {
        QString login;
        QString role; // as EditRights::role; empty: no roles here
        bool guarded = false; // row-level security is on
    };
    Result<Identity> identify();
    Result<EditRights> forAccount(AccountId account, const QString &company);

    QSqlDatabase m_db;
};

} // namespace accord
