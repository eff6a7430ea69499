// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planrepository.h"

namespace accord {

// An open workspace: the repository of one portfolio and what the window and
// the command line need to know of where it lives. A file on this computer
// (SqliteWorkspace) or a team's PostgreSQL server (PostgresWorkspace).
class Workspace : public PlanRepository {
public:
    // Where it is, as shown to people: the file's path, or the server's address
    // (never with a password).
    virtual QString location() const = 0;
    virtual bool isServer() const = 0;
    // A copy kept before a risky step (import, delete, upgrade): the file's own
    // rotating backups. A server's backups are its administrator's (pg_dump);
    // there this returns an empty path and copies nothing.
    virtual Result<QString> backup(const QString &reason) = 0;
    // An integrity check: "ok" or the problems found.
    virtual QString check(bool full = false) = 0;
    // True once the workspace can no longer be written where it was opened (a
    // file replaced or moved by another program). Never for a server.
    virtual bool isReplaced() const { return false; }
    // Whether it can be reached now: a server is asked (and connected to anew
    // when it went away and is back), with why not; a file always can.
    virtual Result<void> ping() { return {}; }
};

} // namespace accord
