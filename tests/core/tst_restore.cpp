// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/rawsql.h"
#include "storage/backupmanager.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacefile.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// Restoring a backup takes the workspace from nobody, accepts only what opening
// would accept, and keeps what it replaces; a workspace replaced under an open
// one is never written to again. (Two processes: tests/app/tst_restorecli.)
class TestRestore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    // A fresh workspace with one plan titled title, closed, and a backup of it.
    struct Prepared {
        QString workspace;
        QString backup;
    };
    Prepared prepare(const QString &title)
    {
        const QString file = m_dir.filePath(QStringLiteral("ws%1.accord").arg(++m_next));
        auto ws = SqliteWorkspace::open(file);
        if (!ws)
            return {};
        Plan plan = test::fullPlan(1);
        plan.header.title = title;
        if (!(*ws)->insertPlan(plan))
            return {};
        const Result<QString> backup = (*ws)->backup(QStringLiteral("manual"));
        return {file, backup ? *backup : QString()};
    }

    static QStringList titles(const QString &file)
    {
        auto ws = SqliteWorkspace::open(file);
        QStringList result;
        const auto plans = (*ws)->listPlans();
        for (const PlanSummary &s : *plans)
            result << s.title;
        return result;
    }

    static std::size_t backupCount(const QString &workspace)
    {
        return BackupManager(workspace).list().size();
    }

private slots:
    void refusedWhileOpen()
    {
        const Prepared p = prepare(QStringLiteral("Current"));
        auto open = SqliteWorkspace::open(p.workspace);
        QVERIFY(open);
        const QByteArray before = test::sha256Of(p.workspace);
        const Result<void> restored = BackupManager::restore(p.workspace, p.backup);
        QVERIFY(!restored);
        QVERIFY2(restored.error().contains(u"is open in another Accord window or command"),
            qPrintable(restored.error()));
        QCOMPARE(test::sha256Of(p.workspace), before);
        QCOMPARE(backupCount(p.workspace), std::size_t(1)); // no before-restore made
        open->reset();
        QVERIFY(BackupManager::restore(p.workspace, p.backup));
    }

    // What opening refuses, restoring refuses, before the workspace changes.
    void refusesWhatOpeningRefuses_data()
    {
        QTest::addColumn<QString>("damage"); // SQL run on the backup, or "page"
        QTest::addColumn<QString>("message");
        QTest::newRow("damaged pages") << QStringLiteral("page") << QStringLiteral("is damaged");
        QTest::newRow("format 0") << QStringLiteral("PRAGMA user_version = 0")
                                  << QStringLiteral("workspace format (0)");
        QTest::newRow("negative format") << QStringLiteral("PRAGMA user_version = -3")
                                         << QStringLiteral("workspace format (-3)");
        QTest::newRow("newer format")
            << QStringLiteral("PRAGMA user_version = %1").arg(WorkspaceFile::kSchemaVersion + 1)
            << QStringLiteral("newer version of Accord");
        QTest::newRow("another application") << QStringLiteral("PRAGMA application_id = 1234")
                                             << QStringLiteral("another application");
    }

    void refusesWhatOpeningRefuses()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        const Prepared p = prepare(QStringLiteral("Current"));
        const QString bad = m_dir.filePath(QStringLiteral("bad%1.accord").arg(m_next));
        QVERIFY(QFile::copy(p.backup, bad));
        if (damage == u"page") {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 page = 2; page * 4096 < file.size(); ++page) {
                file.seek(page * 4096 + 8);
                file.write(QByteArray(200, '\xee'));
            }
        } else {
            test::rawSql(bad, {damage});
        }
        const QByteArray before = test::sha256Of(p.workspace);
        const Result<void> restored = BackupManager::restore(p.workspace, bad);
        QVERIFY(!restored);
        QVERIFY2(restored.error().contains(message), qPrintable(restored.error()));
        QCOMPARE(test::sha256Of(p.workspace), before);
        QCOMPARE(backupCount(p.workspace), std::size_t(1));
        QCOMPARE(QDir(QFileInfo(p.workspace).absolutePath())
                     .entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden),
            QStringList());
    }

    void keepsTheReplacedContentThroughItsLog()
    {
        const Prepared p = prepare(QStringLiteral("In the backup"));
        {
            auto ws = SqliteWorkspace::open(p.workspace);
            QVERIFY(ws);
            Plan plan;
            plan.header.title = QStringLiteral("Only in the log");
            QVERIFY((*ws)->insertPlan(plan));
        }
        QVERIFY(BackupManager::restore(p.workspace, p.backup));
        QCOMPARE(titles(p.workspace), QStringList {QStringLiteral("In the backup")});
        const auto backups = BackupManager(p.workspace).list();
        const auto kept = std::find_if(backups.begin(), backups.end(),
            [](const auto &b) { return b.reason == u"before-restore"; });
        QVERIFY(kept != backups.end());
        QVERIFY(titles(kept->path).contains(QStringLiteral("Only in the log")));
    }

    void refusesTheWorkspaceItself()
    {
        const Prepared p = prepare(QStringLiteral("Itself"));
        const Result<void> restored = BackupManager::restore(p.workspace, p.workspace);
        QVERIFY(!restored);
        QVERIFY2(
            restored.error().contains(u"is the workspace itself"), qPrintable(restored.error()));
    }

    // A file renamed over an open workspace (a restore by an older version, a copy
    // by hand) is never written to by the workspace that had the old one open.
    void replacedWorkspaceStopsWriting()
    {
        const Prepared p = prepare(QStringLiteral("Original"));
        auto ws = SqliteWorkspace::open(p.workspace);
        QVERIFY(ws);
        const PlanId id = (*ws)->listPlans()->front().id;
        QVERIFY(!(*ws)->isReplaced());
        const QString other = m_dir.filePath(QStringLiteral("other.accord"));
        QVERIFY(QFile::copy(p.backup, other));
        QVERIFY(QFile::remove(p.workspace));
        QVERIFY(QFile::rename(other, p.workspace));
        const QByteArray replaced = test::sha256Of(p.workspace);
        QVERIFY((*ws)->isReplaced());
        const Result<void> edit
            = (*ws)->apply(id, Change::set<&PlanHeader::title>(id.value, QStringLiteral("Lost?")));
        QVERIFY(!edit);
        QVERIFY2(edit.error().contains(u"was replaced, moved or deleted by another program"),
            qPrintable(edit.error()));
        QVERIFY(!(*ws)->insertPlan(Plan {}));
        QVERIFY(!(*ws)->backup(QStringLiteral("manual")));
        ws->reset();
        QCOMPARE(test::sha256Of(p.workspace), replaced);
        QCOMPARE(titles(p.workspace), QStringList {QStringLiteral("Original")});
    }

    // Each reason rotates among its own: imports never push out the backup made
    // before a restore or one made by hand.
    void rotationKeepsEachReason()
    {
        const Prepared p = prepare(QStringLiteral("Rotating"));
        auto ws = SqliteWorkspace::open(p.workspace);
        QVERIFY(ws);
        QVERIFY((*ws)->backup(QStringLiteral("before-restore")));
        for (int i = 0; i < 14; ++i)
            QVERIFY((*ws)->backup(QStringLiteral("before-import")));
        QMap<QString, int> count;
        for (const auto &b : (*ws)->backups().list())
            ++count[b.reason];
        QCOMPARE(count.value(QStringLiteral("before-import")), 10);
        QCOMPARE(count.value(QStringLiteral("manual")), 1);
        QCOMPARE(count.value(QStringLiteral("before-restore")), 1);
        for (int i = 0; i < 35; ++i)
            QVERIFY((*ws)->backup(QStringLiteral("manual")));
        count.clear();
        for (const auto &b : (*ws)->backups().list())
            ++count[b.reason];
        QCOMPARE(count.value(QStringLiteral("manual")), 30);
        QCOMPARE(count.value(QStringLiteral("before-restore")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
