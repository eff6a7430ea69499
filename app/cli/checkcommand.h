// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

namespace accord {

struct Warning;

// accord check PLAN [--today DATE] [--workspace FILE]: the plan-quality findings
// of PlanWarnings, one per line ("severity<TAB>code<TAB>where<TAB>message"),
// then a count; exit code 1 when any finding is an error.
class CheckCommand : public CommandSupport {
public:
    using CommandSupport::CommandSupport;
    int run(const QStringList &args);

private:
    void print(const std::vector<Warning> &findings);
};

} // namespace accord
