// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqliteworkspace.h"

namespace accord {

// Opens the workspace a user works in. The default workspace, when it does not
// exist yet, is created with the Acme Corp sample plan so a first launch shows a
// real plan; any other new workspace starts empty.
class WorkspaceBootstrap {
public:
    static Result<std::unique_ptr<SqliteWorkspace>> open(const QString &path);
    static Result<std::unique_ptr<SqliteWorkspace>> open(const QString &path, bool withSample);
    // The built-in sample plan (resources/samples/acme-corp.yaml).
    static Result<Plan> samplePlan();
};

} // namespace accord
