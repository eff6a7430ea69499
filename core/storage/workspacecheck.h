// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace accord {

// What makes a database an Accord workspace this version can use, asked of SQLite
// itself: Accord's application id and a workspace format from 1 to the newest this
// version knows (a database without either is a new, empty one).
class WorkspaceCheck {
public:
    // name: the file as messages show it. mayBeNew: an empty database is accepted.
    static Result<void> identity(QSqlDatabase &db, const QString &name, bool mayBeNew);
    // A whole file checked as opening it would, without changing a byte of it: the
    // header, the identity, the format and SQLite's full integrity check.
    static Result<void> file(const QString &path, const QString &name);
};

} // namespace accord
