// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/rawsql.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacefile.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// Every file Accord must refuse gets a specific message and is left byte-for-byte as it was.
class TestWorkspaceRefusal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString validWorkspace(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto ws = SqliteWorkspace::open(path);
        if (ws)
            (void)(*ws)->insertPlan(test::fullPlan(2));
        return path;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    void expectRefusal(const QString &path, const QString &fragment, int busyTimeoutMs = 5000)
    {
        const QByteArray before = test::sha256Of(path);
        SqliteWorkspace::Options options;
        options.busyTimeoutMs = busyTimeoutMs;
        auto ws = SqliteWorkspace::open(path, options);
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(fragment), qPrintable(ws.error()));
        QCOMPARE(test::sha256Of(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
            || fragment.contains(QStringLiteral("locked")));
    }

private slots:
    void notSqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.accord"));
        writeFile(path, "plan:\n  version: 1.0\n");
        expectRefusal(
            path, QStringLiteral("is not an Accord workspace (it is not an SQLite database)"));
    }

    void zeroBytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.accord"));
        writeFile(path, {});
        expectRefusal(path, QStringLiteral("is empty (0 bytes)"));
    }

    void truncated()
    {
        const QString path = validWorkspace(QStringLiteral("truncated.accord"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        QVERIFY(f.resize(f.size() / 2 - 100));
        f.close();
        expectRefusal(path, QStringLiteral("is truncated"));
    }

    void truncatedHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("stub.accord"));
        writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\0'));
        expectRefusal(path, QStringLiteral("is truncated: only 36 bytes"));
    }

    void otherApplication()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.db"));
        test::rawSql(path,
            {QStringLiteral("PRAGMA application_id = 1196444487"),
                QStringLiteral("CREATE TABLE t (x)")});
        expectRefusal(
            path, QStringLiteral("belongs to another application (application id 0x47504b47)"));
    }

    void plainSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.db"));
        test::rawSql(path, {QStringLiteral("CREATE TABLE t (x)")});
        expectRefusal(path, QStringLiteral("is an SQLite database of another application"));
    }

    void newerSchema()
    {
        const QString path = validWorkspace(QStringLiteral("newer.accord"));
        test::rawSql(path,
            {QStringLiteral("PRAGMA user_version = %1").arg(WorkspaceFile::kSchemaVersion + 1)});
        expectRefusal(path,
            QStringLiteral("was written by a newer version of Accord (workspace format %1")
                .arg(WorkspaceFile::kSchemaVersion + 1));
    }

    void readOnlyFile()
    {
        const QString path = validWorkspace(QStringLiteral("readonly.accord"));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        expectRefusal(path, QStringLiteral("is read-only"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void readOnlyFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        auto ws = SqliteWorkspace::open(folder + QStringLiteral("/new.accord"));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(QStringLiteral("is read-only")), qPrintable(ws.error()));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/new.accord")));
    }

    void folderInsteadOfFile()
    {
        auto ws = SqliteWorkspace::open(m_dir.path());
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(QStringLiteral("is a folder")), qPrintable(ws.error()));
    }

    void lockedBeyondTimeout()
    {
        const QString path = validWorkspace(QStringLiteral("locked.accord"));
        {
            QSqlDatabase holder
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const QByteArray before = test::sha256Of(path);
            SqliteWorkspace::Options options;
            options.busyTimeoutMs = 300;
            auto ws = SqliteWorkspace::open(path, options);
            QVERIFY(!ws);
            QVERIFY2(ws.error().contains(QStringLiteral("locked by another process")),
                qPrintable(ws.error()));
            QCOMPARE(test::sha256Of(path), before);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY(SqliteWorkspace::open(path));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRefusal)
#include "tst_workspacerefusal.moc"
