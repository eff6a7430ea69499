// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace accord {

namespace {

quint32 bigEndian32(const QByteArray &data, int offset)
{
    return (quint32(quint8(data[offset])) << 24) | (quint32(quint8(data[offset + 1])) << 16)
        | (quint32(quint8(data[offset + 2])) << 8) | quint32(quint8(data[offset + 3]));
}

} // namespace

WorkspaceFile WorkspaceFile::inspect(const QString &path)
{
    WorkspaceFile result;
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    auto refuse = [&](State state, const QString &why) {
        result.m_state = state;
        result.m_refusal = why;
        return result;
    };
    if (!info.exists())
        return result;
    if (info.isDir())
        return refuse(State::Unreadable,
            QCoreApplication::translate("accord::Storage", "%1 is a folder, not a workspace file.")
                .arg(name));
    // A pipe, socket or device would block or never end: refused before it is opened.
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return refuse(State::Unreadable,
            QCoreApplication::translate("accord::Storage",
                "%1 is not a regular file (it is a pipe, socket or device); a workspace is a file.")
                .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(State::Unreadable,
            QCoreApplication::translate("accord::Storage", "%1 cannot be read: %2")
                .arg(name, file.errorString()));
    const qint64 size = file.size();
    // With a write-ahead log beside it, the main file's header can lag behind the
    // database (until a checkpoint): SQLite, not the header, has the last word.
    // SqliteWorkspace verifies the application id and version through PRAGMAs.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    if (size == 0 && walPending) {
        result.m_state = State::Ok;
        return result;
    }
    if (size == 0)
        return refuse(State::Empty,
            QCoreApplication::translate(
                "accord::Storage", "%1 is empty (0 bytes); it is not an Accord workspace.")
                .arg(name));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic.left(qMin<qsizetype>(header.size(), 16))) || header.size() < 16)
        return refuse(State::NotSqlite,
            QCoreApplication::translate(
                "accord::Storage", "%1 is not an Accord workspace (it is not an SQLite database).")
                .arg(name));
    if (header.size() < 100)
        return refuse(State::Truncated,
            QCoreApplication::translate("accord::Storage",
                "%1 is truncated: only %2 bytes of the database header are present.")
                .arg(name)
                .arg(header.size()));

    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool countValid = pageCount != 0 && bigEndian32(header, 24) == bigEndian32(header, 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return refuse(State::NotSqlite,
            QCoreApplication::translate("accord::Storage",
                "%1 is not an Accord workspace (its database header is invalid).")
                .arg(name));
    if (size % pageSize != 0 || (countValid && quint64(size) < quint64(pageCount) * pageSize))
        return refuse(State::Truncated,
            QCoreApplication::translate("accord::Storage",
                "%1 is truncated: it has %2 bytes but its header describes %3. Restore it from a "
                "backup.")
                .arg(name)
                .arg(size)
                .arg(quint64(pageCount) * pageSize));

    if (walPending) {
        result.m_state = State::Ok;
        return result;
    }
    const quint32 appId = bigEndian32(header, 68);
    result.m_userVersion = int(bigEndian32(header, 60));
    if (appId != kApplicationId) {
        return refuse(State::ForeignApp,
            appId == 0 ? QCoreApplication::translate("accord::Storage",
                "%1 is an SQLite database of another application, not an Accord workspace.")
                             .arg(name)
                       : QCoreApplication::translate("accord::Storage",
                           "%1 belongs to another application (application id 0x%2), not Accord.")
                             .arg(name)
                             .arg(appId, 8, 16, QLatin1Char('0')));
    }
    if (result.m_userVersion > kSchemaVersion)
        return refuse(State::NewerSchema,
            QCoreApplication::translate("accord::Storage",
                "%1 was written by a newer version of Accord (workspace format %2; this version "
                "reads up to %3). "
                "Update Accord to open it.")
                .arg(name)
                .arg(result.m_userVersion)
                .arg(kSchemaVersion));
    result.m_state = State::Ok;
    return result;
}

} // namespace accord
