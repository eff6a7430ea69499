// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/testworkspace.h"

#include "document/plandocument.h"
#include "model/plandiff.h"
#include "storage/workspacewatcher.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace accord;

using test::openOrFail;

// Two programs on one workspace (a file, or a team's server: the suite runs on
// both): what one saves comes into the other's open plan, change by change, and
// the other's undo history keeps working for what nobody else touched.
class TestWorkspaceSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("backend: %s", test::onServer() ? "PostgreSQL" : "SQLite"); }

    // planDiff turns any plan into any other, change by change: random rows
    // removed, added, moved and values changed in every table.
    void diffTurnsOnePlanIntoAnother()
    {
        QRandomGenerator random(20261130);
        const Plan bigger = test::fullPlan(5);
        for (int round = 0; round < 40; ++round) {
            const Plan from = test::fullPlan(3);
            Plan to = from;
            for (const PlanTable *t : planTables()) {
                if (t->isCollection()) {
                    if (random.bounded(2) && t->rowCount(to) > 0)
                        t->removeRow(to, random.bounded(t->rowCount(to)));
                    if (random.bounded(2))
                        t->insertRow(
                            to, random.bounded(t->rowCount(to) + 1), t->rowData(bigger, 4));
                    if (t->rowCount(to) > 1 && random.bounded(2))
                        t->moveRow(to, 0, t->rowCount(to) - 1);
                }
                for (int r = 0; r < t->rowCount(to); ++r) {
                    const int f = random.bounded(int(t->fields().size()));
                    if (random.bounded(3) == 0)
                        t->setValue(
                            to, r, f, test::sampleValue(t->fields()[std::size_t(f)], round + 11));
                }
            }
            Plan now = from;
            for (const Change &c : planDiff(from, to))
                QVERIFY2(c.applyTo(now), qPrintable(c.table->name()));
            QString difference;
            QVERIFY2(test::samePlanContent(now, to, &difference), qPrintable(difference));
            QVERIFY(planDiff(to, to).empty());
        }
    }

    void othersEditsComeIn()
    {
        const test::TestWorkspaceLocation place;
        auto first = openOrFail(place);
        auto second = openOrFail(place);
        QVERIFY(first && second);
        auto stored = first->insertPlan(test::fullPlan(3));
        QVERIFY2(stored, qPrintable(stored.error()));
        const PlanId id = stored->id;
        PlanDocument lisa(*first, *first->loadPlan(id));
        PlanDocument omar(*second, *second->loadPlan(id));
        WorkspaceWatcher lisasWatcher(*first);
        WorkspaceWatcher omarsWatcher(*second);
        lisasWatcher.setInterval(50);
        omarsWatcher.setInterval(50);
        QSignalSpy toLisa(&lisasWatcher, &WorkspaceWatcher::changed);
        QSignalSpy toOmar(&omarsWatcher, &WorkspaceWatcher::changed);

        // Omar edits the title and the renewal date; Lisa hears of it, Omar not
        // of his own edits.
        const QDate renewal = stored->account.renewalDate;
        QVERIFY(omar.set<&PlanHeader::title>(id.value, QStringLiteral("Omar's title")));
        QVERIFY(omar.set<&Account::renewalDate>(stored->account.id.value, QDate(2029, 1, 31)));
        QTRY_VERIFY_WITH_TIMEOUT(!toLisa.isEmpty(), 3000);
        QTest::qWait(200);
        QVERIFY(toOmar.isEmpty());
        if (test::onServer())
            QCOMPARE(toLisa.first().first().value<PlanId>(), id);

        QSignalSpy lisaChanged(&lisa, &PlanDocument::changed);
        QCOMPARE(lisa.reload(), 2);
        QCOMPARE(lisaChanged.count(), 2);
        QCOMPARE(lisa.plan().header.title, QStringLiteral("Omar's title"));
        QCOMPARE(lisa.undoStack()->count(), 0); // not her edits

        // Lisa changes the title again, removes a risk, adds one and moves a milestone.
        toOmar.clear();
        QVERIFY(lisa.set<&PlanHeader::title>(id.value, QStringLiteral("Lisa's title")));
        QVERIFY(lisa.removeRow(tableOf<Risk>(), lisa.plan().risks.front().id.value));
        QVERIFY(lisa.insertRow(tableOf<Risk>(), 0));
        QVERIFY(lisa.moveRow(tableOf<Milestone>(), lisa.plan().milestones.front().id.value, 2));
        QTRY_VERIFY_WITH_TIMEOUT(!toOmar.isEmpty(), 3000);
        QVERIFY(omar.reload() >= 4);
        QString difference;
        QVERIFY2(test::samePlanContent(omar.plan(), *second->loadPlan(id), &difference),
            qPrintable(difference));
        QVERIFY2(
            test::samePlanContent(omar.plan(), lisa.plan(), &difference), qPrintable(difference));

        // Omar's undo: the title Lisa changed since is refused and stays hers;
        // the renewal date nobody else touched goes back.
        QCOMPARE(omar.undoStack()->count(), 2);
        omar.undoStack()->undo();
        QCOMPARE(omar.plan().header.title, QStringLiteral("Lisa's title"));
        QCOMPARE(second->loadPlan(id)->header.title, QStringLiteral("Lisa's title"));
        omar.undoStack()->undo();
        QCOMPARE(omar.plan().account.renewalDate, renewal);
        QCOMPARE(first->loadPlan(id)->account.renewalDate, renewal);
        QCOMPARE(first->loadPlan(id)->header.title, QStringLiteral("Lisa's title"));
    }

    // Two people add a row to one table before either sees the other's: both
    // rows land, the second under the next free id, and both plans show both.
    void twoAddARowAtOnce()
    {
        const test::TestWorkspaceLocation place;
        auto first = openOrFail(place);
        auto second = openOrFail(place);
        QVERIFY(first && second);
        auto stored = first->insertPlan(test::fullPlan(2));
        QVERIFY(stored);
        const PlanId id = stored->id;
        PlanDocument lisa(*first, *first->loadPlan(id));
        PlanDocument omar(*second, *second->loadPlan(id));
        const Result<qint64> hers = lisa.insertRow(
            tableOf<Risk>(), 0, {{fieldOf<&Risk::description>(), QStringLiteral("Lisa's risk")}});
        QVERIFY2(hers, qPrintable(hers.error()));
        const Result<qint64> his = omar.insertRow(
            tableOf<Risk>(), 5, {{fieldOf<&Risk::description>(), QStringLiteral("Omar's risk")}});
        QVERIFY2(his, qPrintable(his.error()));
        QVERIFY(*his != *hers);
        const Plan now = *first->loadPlan(id);
        QCOMPARE(now.risks.size(), stored->risks.size() + 2);
        QCOMPARE(omar.plan().risks.size(), stored->risks.size() + 2);
        QString difference;
        QVERIFY2(test::samePlanContent(omar.plan(), now, &difference), qPrintable(difference));
        // and his undo removes his row, not hers
        omar.undoStack()->undo();
        QCOMPARE(first->loadPlan(id)->risks.front().description, QStringLiteral("Lisa's risk"));
        QCOMPARE(first->loadPlan(id)->risks.size(), stored->risks.size() + 1);
    }

    void aDeletedPlanIsAnnounced()
    {
        const test::TestWorkspaceLocation place;
        auto first = openOrFail(place);
        auto second = openOrFail(place);
        QVERIFY(first && second);
        auto stored = first->insertPlan(test::fullPlan(1));
        QVERIFY(stored);
        WorkspaceWatcher watcher(*second);
        watcher.setInterval(50);
        QSignalSpy heard(&watcher, &WorkspaceWatcher::changed);
        QTest::qWait(100);
        QVERIFY(first->deletePlan(stored->id));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 3000);
        PlanDocument stale(*second, *stored);
        QCOMPARE(stale.reload(), 0); // nothing to take: the plan is gone
    }
};

QTEST_MAIN(TestWorkspaceSync)
#include "tst_workspacesync.moc"
