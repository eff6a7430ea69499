// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/testworkspace.h"

#include "document/plandocument.h"
#include "storage/workspacewatcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace accord;
using test::openOrFail;

namespace {

// The server goes away for this workspace: every connection to its database is
// cut and no new one is let in, as a stopped server would; back() undoes it.
QString serverAway(const test::TestWorkspaceLocation &place)
{
    return test::serverSql({},
        {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(place.database()),
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                           "datname = '%1' AND pid <> pg_backend_pid()")
                .arg(place.database())});
}

QString serverBack(const test::TestWorkspaceLocation &place)
{
    return test::serverSql(
        {}, {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(place.database())});
}

} // namespace

// A team server that goes away while a plan is open and comes back: nothing is
// shown as saved that was not, nothing is lost, and the connection comes back.
class TestServerOutage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const test::TestWorkspaceLocation place(true);
        QVERIFY2(place.error().isEmpty(), qPrintable(place.error()));
    }

    void editsAreKeptUntilTheServerIsBack()
    {
        const test::TestWorkspaceLocation place(true);
        auto ws = openOrFail(place);
        QVERIFY(ws);
        auto stored = ws->insertPlan(test::fullPlan(2));
        QVERIFY(stored);
        const PlanId id = stored->id;
        PlanDocument window(*ws, *stored);
        window.setKeepUnsaved(true);
        QSignalSpy saved(&window, &PlanDocument::saved);
        QSignalSpy unsaved(&window, &PlanDocument::unsaved);
        WorkspaceWatcher watcher(*ws);
        watcher.setInterval(50);
        QSignalSpy reachable(&watcher, &WorkspaceWatcher::reachable);

        QVERIFY2(serverAway(place).isEmpty(), qPrintable(serverAway(place)));
        // The edit stays in the plan and on the undo stack, not saved.
        QVERIFY(window.set<&PlanHeader::title>(id.value, QStringLiteral("Typed offline")));
        QCOMPARE(window.keptCount(), 1);
        QVERIFY(saved.isEmpty());
        QCOMPARE(unsaved.last().at(0).toInt(), 1);
        QVERIFY2(unsaved.last().at(1).toString().contains(QStringLiteral("server")),
            qPrintable(unsaved.last().at(1).toString()));
        QCOMPARE(window.plan().header.title, QStringLiteral("Typed offline"));
        QCOMPARE(window.undoStack()->count(), 1);
        const qint64 milestone = stored->milestones.front().id.value;
        QVERIFY(window.set<&Milestone::targetDate>(milestone, QDate(2027, 3, 1)));
        QVERIFY(window.insertRow(tableOf<Risk>(), 0));
        QCOMPARE(window.keptCount(), 3);

        // Retrying while it is away keeps them; the watcher says it is away.
        QVERIFY(!window.saveKept());
        QCOMPARE(window.keptCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!reachable.isEmpty(), 5000);
        QCOMPARE(reachable.last().at(0).toBool(), false);
        // Reading says so too, in words.
        const auto list = ws->listPlans();
        QVERIFY(!list);
        QCOMPARE(list.failure().code, Error::Code::ServerGone);
        QVERIFY2(list.error().contains(QStringLiteral("cannot be reached"))
                || list.error().contains(QStringLiteral("connection")),
            qPrintable(list.error()));

        // A command-line edit (no keeping) is refused and changes nothing.
        PlanDocument command(*ws, *stored);
        const Result<void> refused
            = command.set<&PlanHeader::version>(id.value, QStringLiteral("9"));
        QVERIFY(!refused);
        QCOMPARE(refused.failure().code, Error::Code::ServerGone);
        QCOMPARE(command.plan().header.version, stored->header.version);

        // Back: the watcher connects anew; the kept edits are saved in order.
        QVERIFY(serverBack(place).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(reachable.last().at(0).toBool(), 5000);
        QVERIFY(window.saveKept());
        QCOMPARE(window.keptCount(), 0);
        QVERIFY(!saved.isEmpty());
        auto other = openOrFail(place);
        QVERIFY(other);
        const Plan now = *other->loadPlan(id);
        QCOMPARE(now.header.title, QStringLiteral("Typed offline"));
        QCOMPARE(now.milestones.front().targetDate, QDate(2027, 3, 1));
        QCOMPARE(now.risks.size(), stored->risks.size() + 1);
        // and undo works on: it removes the risk again
        window.undoStack()->undo();
        QCOMPARE(other->loadPlan(id)->risks.size(), stored->risks.size());
    }

    // Someone else changed the field while this program's edit waited: the kept
    // edits are not forced over theirs; the plan shows their value and says so.
    void aKeptEditRefusedWhenSavedIsUndoneHere()
    {
        const test::TestWorkspaceLocation place(true);
        auto ws = openOrFail(place);
        QVERIFY(ws);
        auto stored = ws->insertPlan(test::fullPlan(2));
        QVERIFY(stored);
        const PlanId id = stored->id;
        PlanDocument window(*ws, *stored);
        window.setKeepUnsaved(true);
        QVERIFY(serverAway(place).isEmpty());
        QVERIFY(window.set<&PlanHeader::title>(id.value, QStringLiteral("Mine")));
        QVERIFY(window.set<&PlanHeader::version>(id.value, QStringLiteral("7")));
        QVERIFY(serverBack(place).isEmpty());
        auto other = openOrFail(place);
        QVERIFY(other);
        QVERIFY(
            other->apply(id, Change::set<&PlanHeader::title>(id.value, QStringLiteral("Theirs"))));

        QSignalSpy errors(&window, &PlanDocument::error);
        const Result<void> saved = window.saveKept();
        QVERIFY(!saved);
        QCOMPARE(saved.failure().code, Error::Code::Conflict);
        QVERIFY2(saved.error().contains(QStringLiteral("2 edit")), qPrintable(saved.error()));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(window.keptCount(), 0);
        QCOMPARE(window.plan().header.title, QStringLiteral("Theirs"));
        QCOMPARE(window.plan().header.version, stored->header.version);
        QCOMPARE(other->loadPlan(id)->header.version, stored->header.version);
    }

    // An edit whose commit was cut off may have landed: saving it again finds
    // its own value there and does not call that a conflict.
    void savingAgainWhatLandedIsNoConflict()
    {
        const test::TestWorkspaceLocation place(true);
        auto ws = openOrFail(place);
        QVERIFY(ws);
        auto stored = ws->insertPlan(test::fullPlan(1));
        QVERIFY(stored);
        const PlanId id = stored->id;
        Change change = Change::set<&PlanHeader::title>(id.value, QStringLiteral("Twice"));
        change.expected = stored->header.title;
        QVERIFY(ws->apply(id, change));
        QVERIFY(ws->apply(id, change));
        change.expected = QStringLiteral("something else");
        change.value = QStringLiteral("Third");
        QCOMPARE(ws->apply(id, change).failure().code, Error::Code::Conflict);
    }
};

QTEST_MAIN(TestServerOutage)
#include "tst_serveroutage.moc"
