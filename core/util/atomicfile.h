// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace accord {

// Writes a file so that, whatever happens, it is either the complete new content
// or exactly what it was before. The bytes go to a temporary file in the target's
// folder; every write is checked, the file is flushed to the disk (fsync) and only
// then renamed over the target, and the folder is synced so the rename survives a
// power cut. On any error the temporary file is removed, the target is untouched
// and the error names the file and the system's reason ("No space left on device").
//
// A target that exists and is not a regular file (a terminal, a pipe, /dev/stdout,
// /dev/full) cannot be replaced: it is written directly, every write checked.
// A symbolic link is followed, so the link stays and its target gets the content.
class AtomicFile {
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile(); // discards the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    Result<void> open();
    Result<void> write(const QByteArray &data);
    // The temporary file holding what was written so far (empty for a direct write),
    // for checking the content before it replaces the target.
    QString temporaryPath() const { return m_temporary; }
    Result<void> commit();
    void discard();

    // open + write + commit.
    static Result<void> write(const QString &path, const QByteArray &data);
    // Flushes a complete file written by someone else (SQLite's VACUUM INTO) to the
    // disk and renames it to target, syncing the folder.
    static Result<void> publish(const QString &written, const QString &target);
    // fsync of a folder, so that the names created or renamed in it are durable.
    static Result<void> syncFolder(const QString &folder);

private:
    Result<void> failure(const QString &what, int error);

    QString m_path; // as given, for messages
    QString m_target; // symbolic links resolved
    QString m_temporary;
    int m_fd = -1;
    bool m_direct = false;
};

} // namespace accord
