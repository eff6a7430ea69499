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

// A PostgreSQL error (its code is a five-character SQLSTATE; SQLite's are
// numbers of at most four digits) in words.
Error serverError(const QSqlError &error, SqlContext context)
{
    const QString state = error.nativeErrorCode();
    const QString detail = error.databaseText().trimmed();
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("accord::Storage", text); };
    const QString unsaved
        = context == SqlContext::Write ? tr(" The change was not saved.") : QString();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return {tr("The connection to the server was lost (%1).").arg(detail) + unsaved,
            Error::Code::ServerGone};
    if (state == u"42501")
        return {tr("The server does not allow this login to do that (%1).").arg(detail) + unsaved,
            Error::Code::NotAllowed};
    if (state.startsWith(QLatin1String("28")))
        return {tr("The server refused the login (%1).").arg(detail)};
    if (state == u"40001" || state == u"40P01")
        return {tr("Another change to the same rows got in the way (%1); try again.").arg(detail)
                + unsaved,
            Error::Code::Conflict};
    if (state == u"23505") // a unique key: a row added by two people at once
        return {
            tr("Someone else added the same row at the same moment (%1).").arg(detail) + unsaved,
            Error::Code::Conflict};
    if (state == u"53100")
        return {tr("The server's disk is full (%1).").arg(detail) + unsaved};
    return {};
}

bool connectionLost(const QSqlError &error)
{
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("connection to server"))
        || text.contains(QLatin1String("terminating connection"));
}

} // namespace

Error sqlError(const QSqlError &error, SqlContext context, const QString &folder)
{
    if (error.nativeErrorCode().size() == 5 || connectionLost(error)) {
        Error server = serverError(error, context);
        if (server.message.isEmpty() && connectionLost(error))
            server = {QCoreApplication::translate(
                          "accord::Storage", "The connection to the server was lost (%1).")
                          .arg(error.databaseText().trimmed()),
                Error::Code::ServerGone};
        if (!server.message.isEmpty())
            return server;
    }
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
                    "Close the other program using it and try again."),
            Error::Code::Busy};
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
    if (db.driverName() != u"QSQLITE")
        return {};
    return QFileInfo(db.databaseName()).absolutePath();
}

} // namespace accord
