// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace accord {

// Rotating copies of a workspace made with VACUUM INTO: consistent snapshots
// taken while the workspace is open, kept in "<workspace>.backups/" beside it.
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

    // Writes a new backup of the open database and drops the oldest beyond keep().
    // reason is a short token such as "timer", "before-import", "before-upgrade".
    Result<QString> create(QSqlDatabase db, const QString &reason);
    std::vector<Backup> list() const; // newest first

    // Replaces the (closed) workspace file with a backup, after backing up the
    // current file as "before-restore". The backup is checked before anything moves.
    static Result<void> restore(
        const QString &workspacePath, const QString &backupPath, int keep = 10);

private:
    void prune() const;

    QString m_workspacePath;
    int m_keep;
};

} // namespace accord
