// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

namespace accord {

// accord log PLAN [--since DATE] [--until DATE] [--by LOGIN] [--section TABLE]
//                 [--format text|json]
// A plan's change history, newest first: one line per change (local time, who,
// what happened), or a JSON array. A deleted plan's history is read by its id.
class LogCommand : public CommandSupport {
public:
    using CommandSupport::CommandSupport;
    int run(const QStringList &args);
};

} // namespace accord
