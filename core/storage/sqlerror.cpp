// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerror.h"

#include <QCoreApplication>

namespace accord {

Error sqlError(const QSqlError &error, SqlContext context)
{
    // SQLite primary result codes (the low byte of extended codes).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText();
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
        return {QCoreApplication::translate(
            "accord::Storage", "The disk is full; the change was not saved.")};
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
    }
    return {detail};
}

} // namespace accord
