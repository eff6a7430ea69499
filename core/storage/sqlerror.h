// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlError>

namespace accord {

enum class SqlContext { Open, Read, Write };

// A user-facing sentence for a driver error: "locked by another process",
// "disk full", "read-only" instead of SQLite's codes.
Error sqlError(const QSqlError &error, SqlContext context);

} // namespace accord
