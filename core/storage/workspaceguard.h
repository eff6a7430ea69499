// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace accord {

// Which files an export may write. Never a workspace: not an Accord workspace file
// (whatever its name, so a hard link or a renamed copy is protected too), not the
// write-ahead log, shared-memory or journal file beside a database, and nothing in
// a workspace's backups folder. Stateless: every workspace on the disk is protected,
// not only the one that is open.
class WorkspaceGuard {
public:
    // The refusal, naming the file and why, when path must not be written.
    static Result<void> allowsWriting(const QString &path);
    // For a folder that an export fills with files (CSV tables).
    static Result<void> allowsFolder(const QString &folder);
};

} // namespace accord
