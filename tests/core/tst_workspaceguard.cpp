// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backupmanager.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspaceguard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace accord;

// No export may write over a workspace, its companions or its backups, however
// the path is spelled.
class TestWorkspaceGuard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<SqliteWorkspace> m_open; // keeps the -wal and -shm files there

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_workspace = path(u"team.accord"_qs);
        auto ws = SqliteWorkspace::open(m_workspace);
        QVERIFY2(ws, qPrintable(ws.error()));
        m_open = std::move(*ws);
        QVERIFY(m_open->backup(u"manual"_qs));
        QVERIFY(QFile::exists(m_workspace + u"-wal"_qs));
        QVERIFY(QFile::link(m_workspace, path(u"link.yaml"_qs)));
        QVERIFY(QFile::copy(m_workspace, path(u"renamed.json"_qs)));
        QVERIFY(::link(QFile::encodeName(m_workspace).constData(),
                    QFile::encodeName(path(u"hardlink.md"_qs)).constData())
            == 0);
        QFile other(path(u"notes.yaml"_qs));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("plain text");
    }

    void refused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("the workspace") << u"team.accord"_qs << u"is an Accord workspace"_qs;
        QTest::newRow("spelled another way")
            << u"./sub/../team.accord"_qs << u"is an Accord workspace"_qs;
        QTest::newRow("a symbolic link to it") << u"link.yaml"_qs << u"is an Accord workspace"_qs;
        QTest::newRow("a hard link to it") << u"hardlink.md"_qs << u"is an Accord workspace"_qs;
        QTest::newRow("a copy under another name")
            << u"renamed.json"_qs << u"is an Accord workspace"_qs;
        QTest::newRow("its write-ahead log") << u"team.accord-wal"_qs << u"(its journal)"_qs;
        QTest::newRow("its shared memory") << u"team.accord-shm"_qs << u"(its journal)"_qs;
        QTest::newRow("its rollback journal") << u"team.accord-journal"_qs << u"(its journal)"_qs;
        QTest::newRow("its backups folder")
            << u"team.accord.backups/plan.yaml"_qs << u"in the backups folder"_qs;
    }

    void refused()
    {
        QFETCH(QString, target);
        QFETCH(QString, message);
        QDir(m_dir.path()).mkpath(u"sub"_qs);
        const Result<void> allowed = WorkspaceGuard::allowsWriting(path(target));
        QVERIFY(!allowed);
        QVERIFY2(allowed.error().contains(message), qPrintable(allowed.error()));
    }

    void backupsFolderRefusedForCsv()
    {
        QVERIFY(!WorkspaceGuard::allowsFolder(path(u"team.accord.backups"_qs)));
        QVERIFY(!WorkspaceGuard::allowsFolder(path(u"team.accord.backups/tables"_qs)));
        QVERIFY(WorkspaceGuard::allowsFolder(path(u"tables"_qs)));
    }

    void ordinaryFilesAllowed()
    {
        QVERIFY(WorkspaceGuard::allowsWriting(path(u"notes.yaml"_qs)));
        QVERIFY(WorkspaceGuard::allowsWriting(path(u"new-plan.pdf"_qs)));
        QVERIFY(WorkspaceGuard::allowsWriting(path(u"other.accord-wal"_qs))); // no such database
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceGuard)
#include "tst_workspaceguard.moc"
