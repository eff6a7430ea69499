// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include "model/plan.h"

#include <QDate>

#include <memory>

namespace accord {

// Opens the workspace a user works in: a file or a team's server
// (WorkspaceLocation). The default workspace, when it does not exist yet, is
// created with the Acme Corp sample plan so a first launch shows a real plan; any
// other new workspace starts empty.
class WorkspaceBootstrap {
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &location);
    static Result<std::unique_ptr<Workspace>> open(const QString &location, bool withSample);
    // A server's address with the password someone typed (kept in memory only).
    static Result<std::unique_ptr<Workspace>> openWithPassword(
        const QString &location, const QString &password);
    // The built-in sample plan (resources/samples/acme-corp.yaml) with its dates
    // moved so that on `today` it is a plan in progress, as it was on the day it
    // describes (sampleDay): some milestones done, one late, the next QBR ahead.
    static Result<Plan> samplePlan(QDate today = QDate::currentDate());
    // The day the sample file's dates describe: two weeks after its last review.
    static QDate sampleDay();
};

} // namespace accord
