// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacefile.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

std::unique_ptr<SqliteWorkspace> openOrFail(
    const QString &path, SqliteWorkspace::Options options = {})
{
    auto result = SqliteWorkspace::open(path, options);
    if (!result) {
        qWarning("%s", qPrintable(result.error()));
        return nullptr;
    }
    return std::move(result.value());
}

} // namespace

class TestSqliteWorkspace : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void newWorkspaceIsConfigured()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.accord"));
        auto ws = openOrFail(path);
        QVERIFY(ws);
        QSqlQuery q(ws->database());
        const std::pair<const char *, QString> expected[] = {
            {"PRAGMA journal_mode", QStringLiteral("wal")},
            {"PRAGMA foreign_keys", QStringLiteral("1")},
            {"PRAGMA synchronous", QStringLiteral("2")},
            {"PRAGMA application_id", QString::number(WorkspaceFile::kApplicationId)},
            {"PRAGMA user_version", QString::number(WorkspaceFile::kSchemaVersion)},
        };
        for (const auto &[pragma, value] : expected) {
            QVERIFY(q.exec(QString::fromLatin1(pragma)) && q.next());
            QCOMPARE(q.value(0).toString(), value);
        }
        QCOMPARE(ws->check(true), QStringLiteral("ok"));
    }

    // A second program (the command line beside the window) opens a workspace
    // the first has just created and still holds open.
    void secondConnectionWhileTheFirstIsOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared-open.accord"));
        auto first = openOrFail(path);
        QVERIFY(first);
        QVERIFY(first->insertPlan(test::fullPlan(1)));
        auto second = openOrFail(path);
        QVERIFY(second);
        QCOMPARE(second->listPlans()->size(), std::size_t(1));
    }

    void backupAndRestore()
    {
        const QString path = m_dir.filePath(QStringLiteral("backup.accord"));
        QString backupPath;
        PlanId id;
        {
            auto ws = openOrFail(path);
            QVERIFY(ws);
            Plan plan;
            plan.header.title = QStringLiteral("Before");
            id = ws->insertPlan(plan)->id;
            auto saved = ws->backup(QStringLiteral("manual"));
            QVERIFY2(saved, qPrintable(saved.error()));
            backupPath = *saved;
            QVERIFY(
                ws->apply(id, Change::set<&PlanHeader::title>(id.value, QStringLiteral("After"))));
        }
        QVERIFY(BackupManager::restore(path, backupPath));
        auto ws = openOrFail(path);
        QVERIFY(ws);
        QCOMPARE(ws->loadPlan(id)->header.title, QStringLiteral("Before"));
        const auto backups = ws->backups().list();
        QVERIFY(std::any_of(backups.begin(), backups.end(),
            [](const auto &b) { return b.reason == u"before-restore"; }));
        // A bad backup is refused before anything moves.
        QFile junk(m_dir.filePath(QStringLiteral("junk.accord")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        const QByteArray before = test::sha256Of(path);
        ws.reset();
        QVERIFY(!BackupManager::restore(path, junk.fileName()));
        QCOMPARE(test::sha256Of(path), before);
    }

    void backupsRotate()
    {
        const QString path = m_dir.filePath(QStringLiteral("rotate.accord"));
        SqliteWorkspace::Options options;
        options.keepBackups = 3;
        auto ws = openOrFail(path, options);
        QVERIFY(ws);
        for (int i = 0; i < 5; ++i)
            QVERIFY(ws->backup(QStringLiteral("timer")));
        QCOMPARE(ws->backups().list().size(), std::size_t(3));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSqliteWorkspace)
#include "tst_sqliteworkspace.moc"
