// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace accord {

// Rotating copies of a workspace made with VACUUM INTO: consistent snapshots
// taken while the workspace is open, kept in "<workspace>.backups/" beside it.
// Each kind of backup rotates on its own: the newest keep() of each automatic
// reason (before-import, before-delete…), and keepLonger() of those a person asked
// for or that guard a one-way step (manual, before-restore, before-upgrade), so a
// day of imports never pushes out the backup taken before a restore.
class BackupManager {
public:
    struct Backup {
        QString path;
        QDateTime created;
        QString reason;
        qint64 size = 0;
    };

    explicit BackupManager(QString workspacePath, int keep = 10);

    QString folder() const;
    int keep() const { return m_keep; }
    int keepLonger() const { return 3 * m_keep; }
    int keepFor(const QString &reason) const;

    // Writes a new backup of the open database (to a temporary name, flushed to the
    // disk, then renamed: a backup is complete or absent) and rotates its reason.
    // reason is a short token such as "manual", "before-import", "before-upgrade".
    Result<QString> create(QSqlDatabase db, const QString &reason);
    std::vector<Backup> list() const; // newest first

    // Replaces the workspace file with a backup. Refused while any Accord process
    // has the workspace open; the backup is checked as opening it would (identity,
    // format, integrity) before anything moves; the current content is kept first
    // as a "before-restore" backup.
    static Result<void> restore(
        const QString &workspacePath, const QString &backupPath, int keep = 10);

private:
    QString newPath(const QString &reason) const;
    Result<QString> snapshotClosed(const QString &reason);
    void prune() const;

    QString m_workspacePath;
    int m_keep;
};

} // namespace accord
