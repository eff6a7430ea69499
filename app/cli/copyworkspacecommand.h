// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

namespace accord {

// accord copy-workspace FROM TO [--merge]
// Every account, plan and setting of one workspace into another: a file to a
// team's server, a server to a file, or file to file. All or nothing, each plan
// read back and compared before it commits, so that the fingerprint and the
// export of every plan are the same on both sides. An empty (or new) target
// only, unless --merge, which adds what the target does not hold yet.
class CopyWorkspaceCommand : public CommandSupport {
public:
    using CommandSupport::CommandSupport;
    int run(const QStringList &args);
};

} // namespace accord
