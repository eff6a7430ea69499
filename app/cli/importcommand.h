// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

namespace accord {

// accord import FILE.yaml|FILE.json [--workspace FILE]: the plan is read and
// checked completely before the workspace is opened, then stored in one
// transaction (after a "before-import" backup when the workspace has plans).
// Warnings go to stderr; any error leaves the workspace as it was.
class ImportCommand : public CommandSupport {
public:
    using CommandSupport::CommandSupport;
    int run(const QStringList &args);

private:
    std::optional<Plan> read(const QString &path);
    int store(const Plan &plan, const QString &path, const QCommandLineParser &parser);
};

} // namespace accord
