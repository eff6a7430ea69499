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

    void everyFieldSurvivesReopen_data()
    {
        QTest::addColumn<QString>("table");
        for (const PlanTable *t : planTables())
            QTest::newRow(qPrintable(t->name())) << t->name();
    }

    void everyFieldSurvivesReopen()
    {
        QFETCH(QString, table);
        const QString path = m_dir.filePath(QStringLiteral("roundtrip-%1.accord").arg(table));
        const Plan original = test::fullPlan(3);
        PlanId id;
        {
            auto ws = openOrFail(path);
            QVERIFY(ws);
            auto stored = ws->insertPlan(original);
            QVERIFY2(stored, qPrintable(stored.error()));
            id = stored->id;
        }
        auto ws = openOrFail(path);
        QVERIFY(ws);
        auto loaded = ws->loadPlan(id);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        const PlanTable *t = findPlanTable(table);
        QCOMPARE(t->rowCount(*loaded), t->rowCount(original));
        for (int r = 0; r < t->rowCount(original); ++r) {
            if (t->isCollection())
                QCOMPARE(t->rowId(*loaded, r), t->rowId(original, r));
            for (int f = 0; f < int(t->fields().size()); ++f) {
                const QString what = QStringLiteral("%1[%2].%3")
                                         .arg(table)
                                         .arg(r)
                                         .arg(t->fields()[std::size_t(f)].key);
                QVERIFY2(t->value(*loaded, r, f) == t->value(original, r, f), qPrintable(what));
            }
        }
    }

    void changesPersistInOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("changes.accord"));
        auto ws = openOrFail(path);
        QVERIFY(ws);
        Plan plan = test::fullPlan(3);
        auto stored = ws->insertPlan(plan);
        QVERIFY(stored);
        plan = *stored;
        const PlanTable *t = &tableOf<Risk>();
        RowData fresh = t->defaultRow(t->nextRowId(plan));
        fresh.values[fieldOf<&Risk::description>().index] = QStringLiteral("Champion leaves");
        const std::vector<Change> changes {
            Change::insert(*t, 1, fresh),
            Change::move(*t, 3, 0),
            Change::remove(*t, 2),
            Change::set<&Risk::likelihood>(1, Level::High),
            Change::set<&PlanHeader::title>(plan.id.value, QStringLiteral("Renamed")),
            Change::set<&Account::renewalDate>(plan.account.id.value, QDate(2027, 8, 1)),
        };
        for (const Change &c : changes) {
            QVERIFY(c.applyTo(plan));
            auto done = ws->apply(plan.id, c);
            QVERIFY2(done, qPrintable(done.error()));
        }
        auto loaded = ws->loadPlan(plan.id);
        QVERIFY(loaded);
        QString difference;
        QVERIFY2(test::samePlanContent(*loaded, plan, &difference), qPrintable(difference));
        QCOMPARE(loaded->risks.size(), std::size_t(3));
        QCOMPARE(loaded->risks[0].id.value, 3);
        QCOMPARE(loaded->risks[1].id.value, 1);
        QCOMPARE(loaded->risks[2].description, QStringLiteral("Champion leaves"));
        QCOMPARE(loaded->risks[1].likelihood, Level::High);
        QCOMPARE(loaded->header.title, QStringLiteral("Renamed"));
    }

    void invalidChangesAreRefusedAndWriteNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("invalid.accord"));
        auto ws = openOrFail(path);
        QVERIFY(ws);
        auto stored = ws->insertPlan(test::fullPlan(1));
        QVERIFY(stored);
        const PlanId id = stored->id;
        const std::vector<Change> batch {
            Change::set<&PlanHeader::title>(id.value, QStringLiteral("Should not stay")),
            Change::set(fieldOf<&PlanHeader::status>(), id.value, QStringLiteral("sideways")),
        };
        auto result = ws->apply(id, batch);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("sideways")), qPrintable(result.error()));
        auto loaded = ws->loadPlan(id);
        QCOMPARE(loaded->header.title, stored->header.title);
        QVERIFY(!ws->apply(id, Change::set<&Milestone::name>(999, QStringLiteral("x"))));
        QVERIFY(!ws->apply(id, Change::set({&tableOf<Risk>(), 99}, 1, 1)));
    }

    void listsSummariesWithHealth()
    {
        const QString path = m_dir.filePath(QStringLiteral("list.accord"));
        auto ws = openOrFail(path);
        QVERIFY(ws);
        Plan plan;
        plan.account.company = QStringLiteral("Acme Corp");
        plan.account.renewalDate = QDate(2026, 8, 1);
        plan.header.title = QStringLiteral("Success plan");
        plan.header.status = PlanStatus::Active;
        plan.healthComponents = {{RowId(1), QStringLiteral("Engagement"), 50, {}, {}, 90},
            {RowId(2), QStringLiteral("Success"), 50, {}, {}, 60}};
        auto stored = ws->insertPlan(plan);
        QVERIFY(stored);
        auto list = ws->listPlans();
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(1));
        const PlanSummary &s = list->front();
        QCOMPARE(s.company, QStringLiteral("Acme Corp"));
        QCOMPARE(s.title, QStringLiteral("Success plan"));
        QCOMPARE(s.status, PlanStatus::Active);
        QCOMPARE(s.renewalDate, QDate(2026, 8, 1));
        QCOMPARE(s.healthScore.value(), 75.0);
        QCOMPARE(s.healthLevel.value(), HealthLevel::Yellow);

        // Editing a component's score updates the cached summary.
        QVERIFY(ws->apply(stored->id, Change::set<&HealthComponent::score>(2, 100)));
        QCOMPARE(ws->listPlans()->front().healthScore.value(), 95.0);
        QCOMPARE(ws->listPlans()->front().healthLevel.value(), HealthLevel::Green);

        QVERIFY(ws->archivePlan(stored->id));
        QCOMPARE(ws->listPlans()->front().status, PlanStatus::Archived);
        QVERIFY(ws->deletePlan(stored->id));
        QVERIFY(ws->listPlans()->empty());
        QVERIFY(!ws->loadPlan(stored->id));
        QCOMPARE(ws->backups().list().front().reason, QStringLiteral("before-delete"));
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
