// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace accord {

// Keeps Accord processes from replacing a workspace file under each other. Every
// process that opens a workspace holds a shared lock on the file for as long as it
// has it open; `restore` needs the exclusive lock, so it is refused while any
// window or command has the workspace, and a process that opens the workspace
// during a restore waits for it to finish. The locks are flock(2) locks on the
// file itself, independent of SQLite's own byte-range locks, and vanish with the
// process (even when it is killed).
class WorkspaceLock {
public:
    WorkspaceLock() = default;
    WorkspaceLock(WorkspaceLock &&other) noexcept;
    WorkspaceLock &operator=(WorkspaceLock &&other) noexcept;
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;
    ~WorkspaceLock();

    // Waits up to waitMs while another process restores the file.
    static Result<WorkspaceLock> shared(const QString &path, int waitMs = 10000);
    // Refused at once while another process has the file open.
    static Result<WorkspaceLock> exclusive(const QString &path);

    bool isHeld() const { return m_fd >= 0; }
    // False once the file at path is no longer the one that is locked: replaced
    // (renamed over), moved away or deleted by another program.
    bool stillAt(const QString &path) const;

private:
    explicit WorkspaceLock(int fd);
    void release();

    int m_fd = -1;
};

} // namespace accord
