// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanager.h"

#include "sqliteworkspace.h"

#include "sqlerror.h"
#include "workspacecheck.h"
#include "workspacefile.h"
#include "workspacelock.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace accord {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Storage", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool keptLonger(const QString &reason)
{
    return reason == u"manual" || reason == u"before-restore" || reason == u"before-upgrade";
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a);
    const QFileInfo y(b);
    return x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath();
}

// A file copied byte for byte through AtomicFile: all of it or nothing.
Result<void> copyFile(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error {tr("%1 cannot be read: %2").arg(native(from), source.errorString())};
    AtomicFile target(to);
    if (auto opened = target.open(); !opened)
        return opened;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return Error {tr("%1 cannot be read: %2").arg(native(from), source.errorString())};
        if (auto written = target.write(chunk); !written)
            return written;
    }
    return target.commit();
}

} // namespace

BackupManager::BackupManager(QString workspacePath, int keep)
    : m_workspacePath(std::move(workspacePath))
    , m_keep(qMax(1, keep))
{
}

QString BackupManager::folder() const
{
    return m_workspacePath + QStringLiteral(".backups");
}

int BackupManager::keepFor(const QString &reason) const
{
    return keptLonger(reason) ? keepLonger() : keep();
}

QString BackupManager::newPath(const QString &reason) const
{
    const QString base = QFileInfo(m_workspacePath).completeBaseName();
    QString target;
    QDateTime now = QDateTime::currentDateTimeUtc();
    do {
        target = QDir(folder()).filePath(
            QStringLiteral("%1-%2-%3.accord").arg(base, now.toString(kStampFormat), reason));
        now = now.addMSecs(1);
    } while (QFileInfo::exists(target));
    return target;
}

Result<QString> BackupManager::create(QSqlDatabase db, const QString &reason)
{
    if (!QDir().mkpath(folder()))
        return Error {tr("The backup folder %1 could not be created.").arg(native(folder()))};
    const QString target = newPath(reason);
    // Written under a name list() ignores, then published whole.
    const QString partial
        = QDir(folder()).filePath(QStringLiteral(".%1.part").arg(QFileInfo(target).fileName()));
    QFile::remove(partial);
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(partial);
        if (!q.exec()) {
            QFile::remove(partial);
            return Error {tr("The backup could not be written: %1")
                              .arg(sqlError(q.lastError(), SqlContext::Backup, folder()).message)};
        }
    }
    if (auto published = AtomicFile::publish(partial, target); !published)
        return Error {tr("The backup could not be written: %1").arg(published.error())};
    prune();
    return target;
}

std::vector<BackupManager::Backup> BackupManager::list() const
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(-(\d{8}-\d{6}-\d{3})-([a-z0-9-]+)\.accord$)"));
    std::vector<Backup> result;
    const QFileInfoList files = QDir(folder()).entryInfoList(
        {QStringLiteral("*.accord")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &info : files) {
        const QRegularExpressionMatch m = pattern.match(info.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(m.captured(1), kStampFormat);
        created.setTimeSpec(Qt::UTC);
        result.push_back({info.absoluteFilePath(), created, m.captured(2), info.size()});
    }
    std::sort(result.begin(), result.end(),
        [](const Backup &a, const Backup &b) { return a.created > b.created; });
    return result;
}

void BackupManager::prune() const
{
    QHash<QString, int> seen;
    for (const Backup &b : list()) {
        if (++seen[b.reason] > keepFor(b.reason)) {
            QFile::remove(b.path);
            QFile::remove(b.path + QStringLiteral("-wal"));
        }
    }
}

// The workspace, closed by every Accord process (the caller holds its exclusive
// lock), saved as a backup: through SQLite when it can read the file, else the
// file and its write-ahead log copied as they are (a damaged workspace is kept too).
Result<QString> BackupManager::snapshotClosed(const QString &reason)
{
    const QString connection = QStringLiteral("accord-snapshot-%1")
                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    Result<QString> made = Error {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_workspacePath);
        if (db.open())
            made = create(db, reason);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (made)
        return made;
    if (!QDir().mkpath(folder()))
        return Error {tr("The backup folder %1 could not be created.").arg(native(folder()))};
    const QString target = newPath(reason);
    const QString wal = m_workspacePath + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0) {
        if (auto copied = copyFile(wal, target + QStringLiteral("-wal")); !copied)
            return Error {copied.error()};
    }
    if (auto copied = copyFile(m_workspacePath, target); !copied)
        return Error {copied.error()};
    prune();
    return target;
}

Result<void> BackupManager::restore(
    const QString &workspacePath, const QString &backupPath, int keep)
{
    const QString name = native(backupPath);
    const WorkspaceFile header = WorkspaceFile::inspect(backupPath);
    if (header.state() == WorkspaceFile::State::Missing)
        return Error {tr("The backup %1 does not exist.").arg(name)};
    if (!header.isOk())
        return Error {header.refusal()};
    if (sameFile(workspacePath, backupPath))
        return Error {tr("%1 is the workspace itself; choose one of its backups.").arg(name)};
    if (QFileInfo(backupPath + QStringLiteral("-wal")).size() > 0)
        return Error {tr("%1 has a write-ahead log beside it (%1-wal) that a copy would leave "
                         "out. Open it once with Accord (accord list --workspace %1) so that the "
                         "log is merged, then restore it.")
                          .arg(name)};

    // No Accord process may have the workspace open while its file is swapped.
    const bool exists = QFileInfo::exists(workspacePath);
    WorkspaceLock lock;
    if (exists) {
        auto locked = WorkspaceLock::exclusive(workspacePath);
        if (!locked)
            return Error {locked.error()};
        lock = std::move(*locked);
    }

    // The copy that will become the workspace, checked as opening it would be.
    AtomicFile target(workspacePath);
    if (auto opened = target.open(); !opened)
        return opened;
    {
        QFile source(backupPath);
        if (!source.open(QIODevice::ReadOnly))
            return Error {tr("The backup %1 cannot be read: %2").arg(name, source.errorString())};
        while (!source.atEnd()) {
            if (auto written = target.write(source.read(1 << 20)); !written)
                return Error {tr("Restoring failed, nothing was changed: %1").arg(written.error())};
        }
    }
    if (auto valid = WorkspaceCheck::file(target.temporaryPath(), name); !valid)
        return Error {tr("%1 cannot be restored: %2").arg(name, valid.error())};

    if (exists) {
        BackupManager manager(workspacePath, keep);
        if (auto saved = manager.snapshotClosed(QStringLiteral("before-restore")); !saved)
            return Error {tr("The current workspace could not be saved before restoring, so "
                             "nothing was changed: %1")
                              .arg(saved.error())};
    }
    // Nobody has the workspace open (the lock says so): its log and shared memory
    // belong to the content being replaced and must not be read with the new one.
    // They are moved aside, and back if the new file cannot be put in place.
    QStringList aside;
    const auto putBack = [&] {
        for (const QString &moved : aside)
            QFile::rename(moved, moved.chopped(10));
    };
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile companion(workspacePath + suffix);
        if (!companion.exists())
            continue;
        const QString moved = companion.fileName() + QStringLiteral(".restoring");
        QFile::remove(moved);
        if (!companion.rename(moved)) {
            putBack();
            return Error {tr("%1 could not be moved aside (%2); nothing was changed.")
                              .arg(native(companion.fileName()), companion.errorString())};
        }
        aside << moved;
    }
    if (auto committed = target.commit(); !committed) {
        putBack();
        return Error {tr("Restoring failed, nothing was changed: %1").arg(committed.error())};
    }
    for (const QString &moved : aside)
        QFile::remove(moved);
    BackupManager(workspacePath, keep).prune();
    // Each plan's history says it was restored, and from what: the workspace is
    // opened as any program would (an older backup is upgraded first).
    lock = WorkspaceLock();
    auto restored = SqliteWorkspace::open(workspacePath);
    if (!restored)
        return Error {tr("%1 was restored, but it could not be opened to note the restore in "
                         "its plans' history: %2")
                          .arg(name, restored.error())};
    if (auto noted = (*restored)->recordRestore(QFileInfo(backupPath).fileName()); !noted)
        return Error {tr("%1 was restored, but the restore could not be noted in its plans' "
                         "history: %2")
                          .arg(name, noted.error())};
    return {};
}

} // namespace accord
