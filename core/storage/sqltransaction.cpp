// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltransaction.h"

#include "sqldialect.h"
#include "sqlerror.h"

#include <QSqlQuery>

namespace accord {

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SqlTransaction::~SqlTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> SqlTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(SqlDialect::of(m_db).beginWrite()))
        return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
    m_active = true;
    return {};
}

Result<void> SqlTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
    m_active = false;
    return {};
}

} // namespace accord
