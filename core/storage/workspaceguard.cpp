// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceguard.h"

#include "workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Storage", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The path with symbolic links resolved; for a file that does not exist yet, its
// folder resolved and its own name kept.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : QDir(folder).filePath(info.fileName());
}

bool isWorkspace(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const WorkspaceFile file = WorkspaceFile::inspect(path);
    return file.state() == WorkspaceFile::State::Ok
        || file.state() == WorkspaceFile::State::NewerSchema;
}

// The database a -wal, -shm or -journal file belongs to, when there is one.
QString databaseOf(const QString &path)
{
    for (const QString &suffix :
        {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (path.endsWith(suffix)) {
            const QString database = path.chopped(suffix.size());
            if (QFileInfo(database).isFile())
                return database;
        }
    }
    return {};
}

// The workspace whose backups folder (WORKSPACE.backups) holds path, or is path.
QString backupsOwner(const QString &path)
{
    for (QString at = path; !at.isEmpty() && at != QDir::rootPath();) {
        const QFileInfo info(at);
        if (info.fileName().endsWith(QStringLiteral(".backups"))) {
            const QString workspace = at.chopped(8);
            if (QFileInfo(workspace).isFile())
                return workspace;
        }
        const QString parent = info.absolutePath();
        if (parent == at)
            break;
        at = parent;
    }
    return {};
}

// shown: the path as the user gave it; folder: where it leads.
Result<void> outsideBackups(const QString &shown, const QString &folder)
{
    if (const QString workspace = backupsOwner(folder); !workspace.isEmpty())
        return Error {tr("%1 is in the backups folder of the workspace %2; an export never writes "
                         "there. Choose another folder.")
                          .arg(native(shown), native(workspace))};
    return {};
}

} // namespace

Result<void> WorkspaceGuard::allowsWriting(const QString &path)
{
    const QString target = resolved(path);
    if (isWorkspace(target))
        return Error {tr("%1 is an Accord workspace; an export never writes over a workspace. "
                         "Choose another file name.")
                          .arg(native(path))};
    if (const QString database = databaseOf(target); !database.isEmpty())
        return Error {tr("%1 belongs to the database %2 (its journal); an export never writes "
                         "there. Choose another file name.")
                          .arg(native(path), native(database))};
    return outsideBackups(path, QFileInfo(target).absolutePath());
}

Result<void> WorkspaceGuard::allowsFolder(const QString &folder)
{
    return outsideBackups(folder, resolved(folder));
}

} // namespace accord
