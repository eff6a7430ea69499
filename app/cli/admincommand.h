// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

#include "storage/serveraddress.h"

#include <optional>

namespace accord {

// accord admin init --workspace URI
// accord admin add-user LOGIN --role viewer|csm|manager [--password-file F] --workspace URI
// Setting up a team server (TeamServer), as the database's owner. A password is
// read from a file (its first line), never from the command line, where other
// users of the computer could see it.
class AdminCommand : public CommandSupport {
public:
    using CommandSupport::CommandSupport;
    int run(const QStringList &args);

private:
    int init(const QStringList &args);
    int addUser(const QStringList &args);
    std::optional<ServerAddress> server(const QCommandLineParser &parser);
};

} // namespace accord
