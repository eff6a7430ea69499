// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace accord {

enum class SqlContext { Open, Read, Write, Backup };

// A user-facing sentence for a driver error: "locked by another process",
// "disk full", "read-only" instead of SQLite's codes. folder: where the failed
// write went; an input/output error there while the disk has no room left is
// told as a full disk (SQLite reports some ENOSPC failures as I/O errors).
Error sqlError(const QSqlError &error, SqlContext context, const QString &folder = {});
// The folder of a database's file, for sqlError().
QString databaseFolder(const QSqlDatabase &db);

} // namespace accord
