// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativesqlitequery.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace accord {

namespace {

// Whether the driver's SQLite is this program's: it could have been built with a
// copy of its own, whose handles this program's functions must not touch. The
// version says whether reading its structures is safe at all; the file system
// layer the connection uses is the one this library registered only when both
// are one library. The driver is loaded once, so this is found out once.
bool sameLibrary(const QSqlDatabase &db, sqlite3 *connection)
{
    static std::atomic<int> known {0}; // 1: the same, -1: another, 0: not found out yet
    if (known != 0)
        return known > 0;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next())
        return false; // this connection cannot tell; another may
    sqlite3_vfs *vfs = nullptr;
    const bool same = version.value(0).toString() == QLatin1String(sqlite3_libversion())
        && sqlite3_file_control(connection, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) == SQLITE_OK
        && vfs && vfs == sqlite3_vfs_find(vfs->zName);
    known = same ? 1 : -1;
    return same;
}

// The connection's SQLite handle, when it is one of this program's SQLite.
sqlite3 *ownHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != u"QSQLITE")
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sameLibrary(db, connection) ? connection : nullptr;
}

} // namespace

NativeSqliteQuery::NativeSqliteQuery(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{
}

NativeSqliteQuery::~NativeSqliteQuery()
{
    sqlite3_finalize(m_statement);
}

std::unique_ptr<NativeSqliteQuery> NativeSqliteQuery::prepare(
    const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    sqlite3 *connection = ownHandle(db);
    if (!connection)
        return nullptr;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    std::unique_ptr<NativeSqliteQuery> query(new NativeSqliteQuery(connection, statement));
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        int bound = SQLITE_OK;
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            bound = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            bound = sqlite3_bind_text(
                statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (bound != SQLITE_OK)
            return nullptr;
    }
    return query;
}

bool NativeSqliteQuery::next()
{
    m_status = sqlite3_step(m_statement);
    return m_status == SQLITE_ROW;
}

qint64 NativeSqliteQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool NativeSqliteQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView NativeSqliteQuery::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QSqlError NativeSqliteQuery::error() const
{
    if (m_status == SQLITE_ROW || m_status == SQLITE_DONE || m_status == SQLITE_OK)
        return {};
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
        QString::number(sqlite3_extended_errcode(m_db)));
}

} // namespace accord
