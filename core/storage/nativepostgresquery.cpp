// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativepostgresquery.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <charconv>

namespace accord {

namespace {

// The connection's libpq handle when it is open and idle (no other query's
// result is waiting to be read on it).
PGconn *idleHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != u"QPSQL")
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection || PQstatus(connection) != CONNECTION_OK || PQisBusy(connection))
        return nullptr;
    const PGTransactionStatusType state = PQtransactionStatus(connection);
    return state == PQTRANS_IDLE || state == PQTRANS_INTRANS ? connection : nullptr;
}

// COPY (sql) TO STDOUT with each ? replaced by its value: an integer as it is,
// a text as a literal libpq quoted (the statements here have no question marks
// of their own).
QByteArray copyStatement(PGconn *connection, const QString &sql, const QVariantList &binds)
{
    QByteArray out = "COPY (";
    qsizetype next = 0;
    for (const char c : sql.toUtf8()) {
        if (c != '?') {
            out += c;
            continue;
        }
        if (next >= binds.size())
            return {};
        const QVariant &bind = binds.at(next++);
        if (bind.typeId() == QMetaType::LongLong || bind.typeId() == QMetaType::Int) {
            out += QByteArray::number(bind.toLongLong());
            continue;
        }
        const QByteArray text = bind.toString().toUtf8();
        char *literal = PQescapeLiteral(connection, text.constData(), std::size_t(text.size()));
        if (!literal)
            return {};
        out += literal;
        PQfreemem(literal);
    }
    out += ") TO STDOUT";
    return next == binds.size() ? out : QByteArray();
}

// A column of COPY's text format with its escapes undone: \b \f \n \r \t \v, a
// backslash before any other character stands for that character.
void unescape(QByteArrayView field, QByteArray &into)
{
    into.resize(0);
    for (qsizetype i = 0; i < field.size(); ++i) {
        char c = field[i];
        if (c == '\\' && i + 1 < field.size()) {
            c = field[++i];
            switch (c) {
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            case 'v':
                c = '\v';
                break;
            default:
                break;
            }
        }
        into += c;
    }
}

} // namespace

NativePostgresQuery::NativePostgresQuery(pg_conn *connection)
    : m_connection(connection)
{
}

NativePostgresQuery::~NativePostgresQuery()
{
    finish();
}

std::unique_ptr<NativePostgresQuery> NativePostgresQuery::prepare(
    const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    PGconn *connection = idleHandle(db);
    if (!connection)
        return nullptr;
    const QByteArray statement = copyStatement(connection, sql, binds);
    if (statement.isEmpty() || !PQsendQuery(connection, statement.constData()))
        return nullptr;
    std::unique_ptr<NativePostgresQuery> query(new NativePostgresQuery(connection));
    PGresult *started = PQgetResult(connection);
    if (PQresultStatus(started) != PGRES_COPY_OUT) {
        const char *state = PQresultErrorField(started, PG_DIAG_SQLSTATE);
        query->fail(
            QString::fromUtf8(started ? PQresultErrorMessage(started) : PQerrorMessage(connection)),
            state ? QString::fromLatin1(state) : QString());
        query->m_copying = false;
    }
    PQclear(started);
    return query;
}

bool NativePostgresQuery::next()
{
    if (m_line) {
        PQfreemem(m_line);
        m_line = nullptr;
    }
    if (!m_copying)
        return false;
    const int size = PQgetCopyData(m_connection, &m_line, 0);
    if (size >= 0) {
        if (split(QByteArrayView(m_line, size)))
            return true;
        finish();
        return false;
    }
    if (size == -2)
        fail(QString::fromUtf8(PQerrorMessage(m_connection)));
    finish();
    return false;
}

// The row's columns: separated by tabs, ended by a line feed, \N for NULL.
bool NativePostgresQuery::split(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    int column = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] != '\t')
            continue;
        if (column == kMaxColumns) {
            fail(QStringLiteral("A row of the change history has more columns than expected."));
            return false;
        }
        const QByteArrayView field = line.sliced(start, i - start);
        if (field == "\\N") {
            m_columns[std::size_t(column)] = {};
        } else if (field.contains('\\')) {
            QByteArray &into = m_unescaped[std::size_t(column)];
            unescape(field, into);
            m_columns[std::size_t(column)] = QByteArrayView(into.constData(), into.size());
        } else {
            // Not null, though it may be empty.
            m_columns[std::size_t(column)]
                = QByteArrayView(field.isEmpty() ? "" : field.data(), field.size());
        }
        ++column;
        start = i + 1;
    }
    for (; column < kMaxColumns; ++column)
        m_columns[std::size_t(column)] = {};
    return true;
}

// Reads what is left of the copy and its result, so the connection is ready
// for the next query.
void NativePostgresQuery::finish()
{
    if (m_line) {
        PQfreemem(m_line);
        m_line = nullptr;
    }
    if (m_copying) {
        m_copying = false;
        char *rest = nullptr;
        int size = 0;
        while ((size = PQgetCopyData(m_connection, &rest, 0)) >= 0)
            PQfreemem(rest);
    }
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && m_error.isEmpty()) {
            const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            fail(QString::fromUtf8(PQresultErrorMessage(result)),
                state ? QString::fromLatin1(state) : QString());
        }
        PQclear(result);
    }
}

void NativePostgresQuery::fail(const QString &message, const QString &state)
{
    if (!m_error.isEmpty())
        return;
    m_error = message.trimmed();
    m_state = state;
}

qint64 NativePostgresQuery::integer(int column) const
{
    const QByteArrayView digits = text(column);
    qint64 value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

QByteArrayView NativePostgresQuery::text(int column) const
{
    return column >= 0 && column < kMaxColumns ? m_columns[std::size_t(column)] : QByteArrayView();
}

QSqlError NativePostgresQuery::error() const
{
    if (m_error.isEmpty())
        return {};
    return QSqlError(QString(), m_error, QSqlError::StatementError, m_state);
}

} // namespace accord
