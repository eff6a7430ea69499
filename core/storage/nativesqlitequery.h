// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace accord {

// A query read with SQLite's own interface on the connection of an open SQLite
// QSqlDatabase (QSqlDriver::handle()), for reads of many thousands of rows:
// QSqlQuery turns every value of every row into a QVariant of UTF-16 text,
// which costs more than SQLite's reading. Texts are read as SQLite keeps them,
// in UTF-8, and turned into QString only where wanted.
//
// Only when the connection is of the same SQLite library as this program's
// (same version, same file system layer): prepare() returns nullptr otherwise,
// and the caller reads with QSqlQuery.
class NativeSqliteQuery {
public:
    ~NativeSqliteQuery();
    NativeSqliteQuery(const NativeSqliteQuery &) = delete;
    NativeSqliteQuery &operator=(const NativeSqliteQuery &) = delete;

    // The statement with its ? placeholders bound to binds (integers or texts);
    // nullptr when the connection cannot be read this way or sql is not valid.
    static std::unique_ptr<NativeSqliteQuery> prepare(
        const QSqlDatabase &db, const QString &sql, const QVariantList &binds);

    // The next row; false at the end or on an error (error() tells).
    bool next();
    qint64 integer(int column) const;
    bool isNull(int column) const;
    QByteArrayView text(int column) const; // UTF-8, as long as the row is current
    QSqlError error() const; // QSqlError::NoError after the last row

private:
    NativeSqliteQuery(sqlite3 *db, sqlite3_stmt *statement);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    int m_status = 0;
};

} // namespace accord
