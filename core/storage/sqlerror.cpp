// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <QDir>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace accord {

namespace {

// Whether the folder has no room left: SQLite reports some failures on a full disk
// (growing its shared memory, syncing) as plain input/output errors, so this asks
// the file system itself by writing a little there.
bool diskFull(const QString &folder)
{
    if (folder.isEmpty())
        return false;
    const QByteArray probe = QFile::encodeName(QDir(folder).filePath(
        QStringLiteral(".accord-room-%1").arg(QCoreApplication::applicationPid())));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == ENOSPC || errno == EDQUOT;
    const QByteArray block(64 * 1024, '\0');
    const bool full = ::write(fd, block.constData(), std::size_t(block.size())) < block.size()
        && (errno == ENOSPC || errno == EDQUOT);
    ::close(fd);
    ::unlink(probe.constData());
    return full;
}

Error full(SqlContext context)
{
    switch (context) {
    case SqlContext::Backup:
        return {QCoreApplication::translate(
            "accord::Storage", "the disk is full; free some space and make the backup again.")};
    case SqlContext::Open:
    case SqlContext::Read:
        return {QCoreApplication::translate("accord::Storage",
            "The disk is full, so the workspace cannot be used; nothing was changed. Free some "
            "space and try again.")};
    case SqlContext::Write:
        break;
    }
    return {QCoreApplication::translate("accord::Storage",
        "The disk is full; the change was not saved. Free some space and try again.")};
}

} // namespace

Error sqlError(const QSqlError &error, SqlContext context, const QString &folder)
{
    // SQLite primary result codes (the low byte of extended codes).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText();
    if (code == 10 && diskFull(folder)) // SQLITE_IOERR while the disk has no room
        return full(context);
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {QCoreApplication::translate("accord::Storage",
            "The workspace is locked by another process and did not become free in time. "
            "Close the other program using it and try again.")};
    case 8: // SQLITE_READONLY
        return {QCoreApplication::translate("accord::Storage",
            "The workspace is read-only: check the file's permissions and that its folder is "
            "writable.")};
    case 13: // SQLITE_FULL
        return full(context);
    case 10: // SQLITE_IOERR
        return {QCoreApplication::translate("accord::Storage",
            "The workspace could not be read or written (input/output error: %1).")
                    .arg(detail)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {QCoreApplication::translate("accord::Storage",
            "The workspace file is damaged or not a database (%1). Restore it from a backup.")
                    .arg(detail)};
    default:
        break;
    }
    switch (context) {
    case SqlContext::Open:
        return {
            QCoreApplication::translate("accord::Storage", "The workspace could not be opened: %1")
                .arg(detail)};
    case SqlContext::Read:
        return {
            QCoreApplication::translate("accord::Storage", "The workspace could not be read: %1")
                .arg(detail)};
    case SqlContext::Write:
        return {QCoreApplication::translate("accord::Storage", "The change could not be saved: %1")
                    .arg(detail)};
    case SqlContext::Backup:
        return {detail};
    }
    return {detail};
}

} // namespace accord

namespace accord {

QString databaseFolder(const QSqlDatabase &db)
{
    return QFileInfo(db.databaseName()).absolutePath();
}

} // namespace accord
