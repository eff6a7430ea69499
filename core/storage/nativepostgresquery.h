// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include <array>
#include <memory>
#include <vector>

struct pg_conn;

namespace accord {

// A query read with libpq on the connection of an open PostgreSQL QSqlDatabase
// (QSqlDriver::handle()), for reads of many thousands of rows. QSqlQuery turns
// every value into a QVariant of UTF-16 text first, and a SELECT's rows come as
// one result after the last of them (or, row by row, as a result each): here the
// query is sent as COPY (query) TO STDOUT, whose rows are read as they arrive,
// while the server is still sending the next ones. Texts are read as the server
// sends them, in UTF-8.
//
// The copy is read to its end before the query is destroyed, so the connection
// is as Qt left it. prepare() returns nullptr for another driver or a connection
// that is busy.
class NativePostgresQuery {
public:
    ~NativePostgresQuery();
    NativePostgresQuery(const NativePostgresQuery &) = delete;
    NativePostgresQuery &operator=(const NativePostgresQuery &) = delete;

    // The statement with its ? placeholders replaced by binds (integers, or texts
    // quoted by libpq: COPY takes no parameters), sent; nullptr when the
    // connection cannot be read this way.
    static std::unique_ptr<NativePostgresQuery> prepare(
        const QSqlDatabase &db, const QString &sql, const QVariantList &binds);

    // The next row; false at the end or on an error (error() tells).
    bool next();
    qint64 integer(int column) const;
    QByteArrayView text(int column) const; // UTF-8, null for NULL, as long as the row is current
    QSqlError error() const; // QSqlError::NoError after the last row

private:
    static constexpr int kMaxColumns = 16;

    explicit NativePostgresQuery(pg_conn *connection);
    bool split(QByteArrayView line);
    void finish();
    void fail(const QString &message, const QString &state = {});

    pg_conn *m_connection;
    char *m_line = nullptr; // the current row as libpq gave it
    std::array<QByteArrayView, kMaxColumns> m_columns {};
    std::array<QByteArray, kMaxColumns> m_unescaped; // columns with backslash escapes
    bool m_copying = true;
    QString m_error;
    QString m_state;
};

} // namespace accord
