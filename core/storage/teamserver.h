// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveraddress.h"

#include "util/result.h"

#include <QStringList>

namespace accord {

// Setting up a PostgreSQL database as a team workspace, for whoever runs the
// server (accord admin init | add-user), connected as the database's owner.
//
// Three group roles carry what a login may do: accord_viewer (read),
// accord_csm and accord_manager (read and write). Every step can be run again:
// init brings the schema to the current format and grants the roles what they
// need on every table; add-user creates the login or changes its role.
class TeamServer {
public:
    static const QStringList &roles(); // viewer, csm, manager

    // The schema (creating or upgrading it) and the roles' grants. Returns what
    // was done, in words.
    static Result<QString> init(const ServerAddress &address);
    // A login of the given role, with a password when one is given (sent to the
    // server once, stored there hashed as the server's password_encryption says).
    static Result<QString> addUser(const ServerAddress &address, const QString &login,
        const QString &role, const QString &password = {});
};

} // namespace accord
