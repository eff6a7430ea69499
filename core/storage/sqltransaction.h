// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace accord {

// A write transaction. On SQLite it starts with BEGIN IMMEDIATE, so that in WAL
// mode a second process waits for the write lock (busy_timeout) instead of
// failing later with SQLITE_BUSY_SNAPSHOT, as Qt's deferred transaction() would;
// on PostgreSQL with BEGIN. Rolls back unless commit() succeeded.
class SqlTransaction {
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace accord
