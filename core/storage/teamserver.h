// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveraddress.h"

#include "util/result.h"

#include <QStringList>

namespace accord {

// Setting up a PostgreSQL database as a team workspace, for whoever runs the
// server (accord admin init | add-user), connected as the database's owner.
//
// Three group roles carry what a login may do, enforced by the server's grants
// and row-level security policies: accord_viewer reads every plan and changes
// none; accord_csm reads every plan, creates accounts (owning them) and plans,
// and changes the plans of accounts it owns or is on the team of; accord_manager
// changes every plan, assigns owners and teams, and deletes. The change history
// takes new entries from whoever writes, as themselves, and nobody can change or
// delete one (the database's owner neither: a trigger refuses). Every step can
// be run again: init brings the schema to the current format and renews the
// grants and policies on every table; add-user creates the login or changes its
// role and display name.
class TeamServer {
public:
    static const QStringList &roles(); // viewer, csm, manager

    // The schema (creating or upgrading it) and the roles' grants. Returns what
    // was done, in words.
    static Result<QString> init(const ServerAddress &address);
    // A login of the given role, with a password when one is given (sent to the
    // server once, stored there hashed as the server's password_encryption says)
    // and the display name the change history shows, when one is given.
    static Result<QString> addUser(const ServerAddress &address, const QString &login,
        const QString &role, const QString &password = {}, const QString &name = {});
};

} // namespace accord
