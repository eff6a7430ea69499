// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

namespace accord {

// accord team ACCOUNT|PLAN [--owner LOGIN] [--add LOGIN]… [--remove LOGIN]…
// Who an account belongs to: its owner and the other logins of its team. Without
// options it prints them; with options it changes them (a manager's right on a
// team workspace) and prints the new team.
class TeamCommand : public CommandSupport {
public:
    using CommandSupport::CommandSupport;
    int run(const QStringList &args);

private:
    void print(const Account &account, const AccountTeam &team);
};

} // namespace accord
