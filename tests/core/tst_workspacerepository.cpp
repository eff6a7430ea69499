// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "../support/fullplan.h"
#include "../support/testworkspace.h"

#include "document/plandocument.h"
#include "rules/plancontent.h"
#include "storage/sqlworkspace.h"
#include "util/systemuser.h"

#include <QSqlQuery>

#include <QTest>

#include <QUndoStack>
#include <pwd.h>
#include <unistd.h>

using namespace accord;

using test::openOrFail;

// What every workspace does, whether a file (SQLite) or a team's server
// (PostgreSQL): this suite runs on both (accord_add_test … BACKENDS).
class TestWorkspaceRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("backend: %s", test::onServer() ? "PostgreSQL" : "SQLite");
        const test::TestWorkspaceLocation place;
        QVERIFY2(place.error().isEmpty(), qPrintable(place.error()));
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
        const test::TestWorkspaceLocation place;
        const Plan original = test::fullPlan(3);
        PlanId id;
        {
            auto ws = openOrFail(place);
            QVERIFY(ws);
            auto stored = ws->insertPlan(original);
            QVERIFY2(stored, qPrintable(stored.error()));
            id = stored->id;
        }
        auto ws = openOrFail(place);
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
        const test::TestWorkspaceLocation place;
        auto ws = openOrFail(place);
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
        const test::TestWorkspaceLocation place;
        auto ws = openOrFail(place);
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
        const test::TestWorkspaceLocation place;
        auto ws = openOrFail(place);
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
        if (auto *file = dynamic_cast<SqliteWorkspace *>(ws.get()))
            QCOMPARE(file->backups().list().front().reason, QStringLiteral("before-delete"));
    }

    // The Acme plan stored and loaded again says exactly what it said: the same
    // canonical content (what its fingerprint hashes), every script and symbol.
    void aRealPlanComesBackIdentical()
    {
        const test::TestWorkspaceLocation place;
        auto ws = openOrFail(place);
        QVERIFY(ws);
        Plan plan = test::acmePlan();
        plan.account.company = QStringLiteral("Acme «Ünïcode» 田中 प्रिया 🚀");
        plan.account.arr = Money {9'000'000'000'000'000'000LL, QStringLiteral("EUR")};
        auto stored = ws->insertPlan(plan);
        QVERIFY2(stored, qPrintable(stored.error()));
        auto loaded = ws->loadPlan(stored->id);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(PlanContent::canonical(*loaded), PlanContent::canonical(*stored));
        QCOMPARE(loaded->account.company, plan.account.company);
        QCOMPARE(ws->listAccounts()->front().company, plan.account.company);
    }

    // Many plans in one transaction: all of them or none.
    void insertPlansIsAllOrNothing()
    {
        const test::TestWorkspaceLocation place;
        auto ws = openOrFail(place);
        QVERIFY(ws);
        std::vector<Plan> plans {test::fullPlan(1), test::fullPlan(1)};
        Account missing;
        missing.id = AccountId(424242); // no such account: the second insert fails
        plans[1].account = missing;
        QVERIFY(!ws->insertPlans(plans));
        QVERIFY(ws->listPlans()->empty());
        plans.pop_back();
        plans.push_back(test::fullPlan(2));
        const auto ids = ws->insertPlans(plans);
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(ids->size(), std::size_t(2));
        QCOMPARE(ws->listPlans()->size(), std::size_t(2));
    }

    void settingsOfTheWorkspaceAndOfAPlan()
    {
        const test::TestWorkspaceLocation place;
        auto ws = openOrFail(place);
        QVERIFY(ws);
        auto stored = ws->insertPlan(test::fullPlan(1));
        QVERIFY(stored);
        QCOMPARE(*ws->setting(QStringLiteral("vendor.name")), QString());
        QVERIFY(ws->setSetting(QStringLiteral("vendor.name"), QStringLiteral("Initech")));
        QVERIFY(ws->setSetting(QStringLiteral("vendor.name"), QStringLiteral("Initech GmbH")));
        QVERIFY(ws->setSetting(
            QStringLiteral("document.audience"), QStringLiteral("internal"), stored->id));
        QCOMPARE(*ws->setting(QStringLiteral("vendor.name")), QStringLiteral("Initech GmbH"));
        QCOMPARE(*ws->setting(QStringLiteral("document.audience"), stored->id),
            QStringLiteral("internal"));
        QCOMPARE(*ws->setting(QStringLiteral("document.audience")), QString());
        QVERIFY(ws->setSetting(QStringLiteral("vendor.name"), QString()));
        QCOMPARE(*ws->setting(QStringLiteral("vendor.name")), QString());
    }

    // An older workspace is upgraded step by step when opened, its plans kept.
    void anOlderFormatIsUpgraded_data()
    {
        QTest::addColumn<int>("format");
        for (int format = 1; format < WorkspaceFile::kSchemaVersion; ++format)
            QTest::addRow("format %d", format) << format;
    }

    // A workspace left at every older format, with a plan in it, opens upgraded.
    void anOlderFormatIsUpgraded()
    {
        QFETCH(int, format);
        const test::TestWorkspaceLocation place;
        {
            auto old = place.open(format);
            QVERIFY2(old, qPrintable(old.error()));
            auto *sql = dynamic_cast<SqlWorkspace *>(old->get());
            QVERIFY(sql);
            QSqlQuery q(sql->database());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO account (company) VALUES ('Initech')")),
                qPrintable(q.lastError().text()));
            QVERIFY2(
                q.exec(QStringLiteral(
                    "INSERT INTO plan (account_id, created_at, updated_at, title) SELECT id, "
                    "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'Old plan' FROM account")),
                qPrintable(q.lastError().text()));
        }
        auto ws = openOrFail(place);
        QVERIFY(ws);
        const auto plans = ws->listPlans();
        QVERIFY2(plans, qPrintable(plans.error()));
        QCOMPARE(plans->size(), std::size_t(1));
        QCOMPARE(plans->front().title, QStringLiteral("Old plan"));
        auto loaded = ws->loadPlan(plans->front().id);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->account.company, QStringLiteral("Initech"));
        QVERIFY(ws->setSetting(QStringLiteral("vendor.name"), QStringLiteral("X"))); // format 4
        QVERIFY(ws->apply(plans->front().id,
            Change::set<&PlanHeader::notesInternal>(plans->front().id.value, true)));
    }

    // Two people, one plan: edits of different fields both land; an edit of a
    // value someone else changed since it was loaded is refused, says what the
    // value is now, and stores nothing.
    void twoEditorsOfOnePlan()
    {
        const test::TestWorkspaceLocation place;
        auto first = openOrFail(place);
        auto second = openOrFail(place);
        QVERIFY(first && second);
        auto stored = first->insertPlan(test::fullPlan(2));
        QVERIFY2(stored, qPrintable(stored.error()));
        const PlanId id = stored->id;
        PlanDocument lisa(*first, *first->loadPlan(id));
        PlanDocument omar(*second, *second->loadPlan(id));

        QVERIFY(lisa.set<&PlanHeader::title>(id.value, QStringLiteral("Lisa's title")));
        QVERIFY(omar.set<&Account::renewalDate>(stored->account.id.value, QDate(2028, 2, 29)));
        const qint64 milestone = stored->milestones.front().id.value;
        QVERIFY(omar.set<&Milestone::targetDate>(milestone, QDate(2027, 12, 1)));

        const Result<void> refused
            = omar.set<&PlanHeader::title>(id.value, QStringLiteral("Omar's title"));
        QVERIFY(!refused);
        QCOMPARE(refused.failure().code, Error::Code::Conflict);
        QVERIFY2(
            refused.error().contains(QStringLiteral("Lisa's title")), qPrintable(refused.error()));
        // who changed it and when, as the change history has it
        QVERIFY2(refused.error().contains(QStringLiteral(" changed Title on %1 at ")
                                              .arg(QDate::currentDate().toString(Qt::ISODate))),
            qPrintable(refused.error()));
        const QString login = test::onServer() ? QStringLiteral("accord_test") : systemUser();
        QVERIFY2(refused.error().startsWith(login + u' '), qPrintable(refused.error()));
        // not shown as saved: the plan now shows Lisa's value
        QCOMPARE(omar.plan().header.title, QStringLiteral("Lisa's title"));
        QVERIFY(omar.undoStack()->count() == 2); // Omar's two edits that landed

        const Plan now = *first->loadPlan(id);
        QCOMPARE(now.header.title, QStringLiteral("Lisa's title"));
        QCOMPARE(now.account.renewalDate, QDate(2028, 2, 29));
        QCOMPARE(now.milestones.front().targetDate, QDate(2027, 12, 1));

        // A row someone else removed: the edit of it is refused too.
        QVERIFY(lisa.removeRow(tableOf<Milestone>(), milestone));
        const Result<void> gone = omar.set<&Milestone::name>(milestone, QStringLiteral("x"));
        QVERIFY(!gone);
        QCOMPARE(gone.failure().code, Error::Code::Conflict);
        // Undo is an edit like any other: Lisa's undo of her title is refused
        // once Omar (having reloaded) changed it again.
        PlanDocument omarAgain(*second, *second->loadPlan(id));
        QVERIFY(omarAgain.set<&PlanHeader::title>(id.value, QStringLiteral("Omar's title")));
        lisa.undoStack()->undo(); // the removal
        lisa.undoStack()->undo(); // the title: refused
        QCOMPARE(first->loadPlan(id)->header.title, QStringLiteral("Omar's title"));
    }
};

QTEST_MAIN(TestWorkspaceRepository)
#include "tst_workspacerepository.moc"
