// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecheck.h"

#include "sqlerror.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Storage", text);
}

Result<QString> readPragma(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return sqlError(q.lastError(), SqlContext::Open, databaseFolder(db));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u'\n');
}

Result<void> checkOpen(QSqlDatabase &db, const QString &name)
{
    // Reading the schema is where a damaged file shows first.
    QSqlQuery schema(db);
    if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return Error {tr("%1 is damaged (%2); it cannot be used.")
                          .arg(name, schema.lastError().databaseText())};
    if (auto ours = WorkspaceCheck::identity(db, name, false); !ours)
        return ours;
    const Result<QString> integrity = readPragma(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return Error {integrity.error()};
    if (*integrity != u"ok")
        return Error {tr("%1 is damaged (%2); it cannot be used.")
                          .arg(name, integrity->section(u'\n', 0, 2))};
    return {};
}

} // namespace

Result<void> WorkspaceCheck::identity(QSqlDatabase &db, const QString &name, bool mayBeNew)
{
    const Result<QString> appId = readPragma(db, QStringLiteral("PRAGMA application_id"));
    const Result<QString> version = readPragma(db, QStringLiteral("PRAGMA user_version"));
    if (!appId || !version)
        return Error {appId ? version.error() : appId.error()};
    const quint32 id = quint32(appId->toLongLong());
    const int format = version->toInt();
    if (id == 0 && format == 0) {
        QSqlQuery q(db);
        const bool empty = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next()
            && q.value(0).toInt() == 0;
        if (mayBeNew && empty)
            return {};
        return Error {
            tr("%1 is an SQLite database of another application, not an Accord workspace.")
                .arg(name)};
    }
    if (id != WorkspaceFile::kApplicationId)
        return Error {tr("%1 belongs to another application (application id 0x%2), not Accord.")
                          .arg(name)
                          .arg(id, 8, 16, QLatin1Char('0'))};
    if (format > WorkspaceFile::kSchemaVersion)
        return Error {tr("%1 was written by a newer version of Accord (workspace format %2; this "
                         "version reads up to %3). Update Accord to open it.")
                          .arg(name)
                          .arg(format)
                          .arg(WorkspaceFile::kSchemaVersion)};
    if (format < 1)
        return Error {tr("%1 has a workspace format (%2) that no version of Accord wrote; it "
                         "cannot be used.")
                          .arg(name)
                          .arg(format)};
    return {};
}

Result<void> WorkspaceCheck::file(const QString &path, const QString &name)
{
    const WorkspaceFile header = WorkspaceFile::inspect(path);
    if (header.state() == WorkspaceFile::State::Missing)
        return Error {tr("%1 does not exist.").arg(name)};
    if (!header.isOk())
        return Error {header.refusal()};
    const QString connection
        = QStringLiteral("accord-check-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        // Read-only and immutable: SQLite neither writes to the file nor creates a
        // journal beside it.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        result = db.open() ? checkOpen(db, name) : sqlError(db.lastError(), SqlContext::Open);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace accord
