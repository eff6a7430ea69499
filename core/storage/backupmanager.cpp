// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanager.h"

#include "sqlerror.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>

namespace accord {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

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

Result<QString> BackupManager::create(QSqlDatabase db, const QString &reason)
{
    if (!QDir().mkpath(folder()))
        return Error {QCoreApplication::translate(
            "accord::Storage", "The backup folder %1 could not be created.")
                          .arg(QDir::toNativeSeparators(folder()))};
    const QString base = QFileInfo(m_workspacePath).completeBaseName();
    QString target;
    QDateTime now = QDateTime::currentDateTimeUtc();
    do {
        target = QDir(folder()).filePath(
            QStringLiteral("%1-%2-%3.accord").arg(base, now.toString(kStampFormat), reason));
        now = now.addMSecs(1);
    } while (QFileInfo::exists(target));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        return Error {
            QCoreApplication::translate("accord::Storage", "The backup could not be written: %1")
                .arg(sqlError(q.lastError(), SqlContext::Write).message)};
    }
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
    const std::vector<Backup> backups = list();
    for (std::size_t i = std::size_t(m_keep); i < backups.size(); ++i)
        QFile::remove(backups[i].path);
}

Result<void> BackupManager::restore(
    const QString &workspacePath, const QString &backupPath, int keep)
{
    const WorkspaceFile backup = WorkspaceFile::inspect(backupPath);
    if (backup.state() == WorkspaceFile::State::Missing)
        return Error {
            QCoreApplication::translate("accord::Storage", "The backup %1 does not exist.")
                .arg(QDir::toNativeSeparators(backupPath))};
    if (!backup.isOk())
        return Error {backup.refusal()};

    if (QFileInfo::exists(workspacePath)) {
        // Keep what is being replaced: a plain copy, the workspace is closed.
        BackupManager manager(workspacePath, keep);
        if (!QDir().mkpath(manager.folder()))
            return Error {QCoreApplication::translate(
                "accord::Storage", "The backup folder %1 could not be created.")
                              .arg(QDir::toNativeSeparators(manager.folder()))};
        const QString saved
            = QDir(manager.folder())
                  .filePath(QStringLiteral("%1-%2-before-restore.accord")
                                .arg(QFileInfo(workspacePath).completeBaseName(),
                                    QDateTime::currentDateTimeUtc().toString(kStampFormat)));
        if (!QFile::copy(workspacePath, saved))
            return Error {QCoreApplication::translate("accord::Storage",
                "The current workspace could not be saved before restoring; nothing was changed.")};
    }
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("accord::Storage", "The backup %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(backupPath), source.errorString())};
    QSaveFile target(workspacePath);
    if (!target.open(QIODevice::WriteOnly))
        return Error {
            QCoreApplication::translate("accord::Storage", "The workspace %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(workspacePath), target.errorString())};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return Error {
                QCoreApplication::translate("accord::Storage", "Restoring failed while writing: %1")
                    .arg(target.errorString())};
        }
    }
    // Stale WAL and shared-memory files belong to the replaced database.
    QFile::remove(workspacePath + QStringLiteral("-wal"));
    QFile::remove(workspacePath + QStringLiteral("-shm"));
    if (!target.commit())
        return Error {QCoreApplication::translate("accord::Storage", "Restoring failed: %1")
                          .arg(target.errorString())};
    return {};
}

} // namespace accord
