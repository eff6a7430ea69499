// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/editchild.h"
#include "../support/testworkspace.h"

#include <QTest>

#include <memory>

using namespace accord;

// Processes edit one workspace at once (a file, or a team's server: the suite
// runs on both): every edit lands, none is lost, and of two edits of one value
// made from the same starting point one lands and the other is refused.
class TestConcurrentEdits : public QObject {
    Q_OBJECT

private:
    static std::unique_ptr<QProcess> startSetChild(
        const QString &location, PlanId plan, const QString &field, const QString &value)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QCoreApplication::applicationFilePath());
        process->setArguments(
            {QStringLiteral("--set-child"), location, QString::number(plan.value), field, value});
        process->start();
        return process;
    }

    // Starts two setters on one plan, lets both load it, then lets both go.
    static std::pair<QByteArray, QByteArray> race(const test::TestWorkspaceLocation &place,
        PlanId plan, const QString &fieldA, const QString &fieldB, int *exitA, int *exitB)
    {
        auto a = startSetChild(place.location(), plan, fieldA, QStringLiteral("from A"));
        auto b = startSetChild(place.location(), plan, fieldB, QStringLiteral("from B"));
        for (QProcess *p : {a.get(), b.get()}) {
            while (!p->canReadLine() && p->waitForReadyRead(30000)) { }
            p->readLine(); // ready
        }
        a->write("go\n");
        b->write("go\n");
        a->waitForFinished(60000);
        b->waitForFinished(60000);
        *exitA = a->exitCode();
        *exitB = b->exitCode();
        return {a->readAll() + a->readAllStandardError(), b->readAll() + b->readAllStandardError()};
    }

private slots:
    void initTestCase() { qInfo("backend: %s", test::onServer() ? "PostgreSQL" : "SQLite"); }

    void fourProcessesEachMake250Edits()
    {
        const test::TestWorkspaceLocation place;
        std::vector<PlanId> plans;
        {
            auto ws = place.open();
            QVERIFY2(ws, qPrintable(ws.error()));
            for (int p = 0; p < 4; ++p) {
                Plan plan;
                plan.header.title = QStringLiteral("Plan %1").arg(p);
                plans.push_back((*ws)->insertPlan(plan)->id);
            }
        }
        constexpr int kEdits = 250;
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int p = 0; p < 4; ++p)
            writers.emplace_back(test::startEditChild(
                place.location(), plans[std::size_t(p)], kEdits, QStringLiteral("w%1").arg(p)));
        for (const auto &p : writers) {
            QVERIFY(p->waitForFinished(240000));
            const QByteArray errors = p->readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            QCOMPARE(p->exitCode(), 0);
            QCOMPARE(test::committedEdits(p->readAllStandardOutput()).size(), kEdits);
        }
        auto ws = place.open();
        QVERIFY(ws);
        QCOMPARE((*ws)->check(true), QStringLiteral("ok"));
        for (int p = 0; p < 4; ++p) {
            auto plan = (*ws)->loadPlan(plans[std::size_t(p)]);
            QVERIFY(plan);
            QCOMPARE(int(plan->glossary.size()), kEdits);
            for (int i = 0; i < kEdits; ++i)
                QCOMPARE(
                    plan->glossary[std::size_t(i)].term, QStringLiteral("w%1-%2").arg(p).arg(i));
        }
    }

    void twoProcessesOneValue()
    {
        const test::TestWorkspaceLocation place;
        PlanId id;
        {
            auto ws = place.open();
            QVERIFY2(ws, qPrintable(ws.error()));
            Plan plan;
            plan.header.title = QStringLiteral("Start");
            plan.header.version = QStringLiteral("1");
            id = (*ws)->insertPlan(plan)->id;
        }
        int exitA = -1;
        int exitB = -1;
        // The same field: exactly one lands, the other is refused as a conflict.
        auto [outA, outB]
            = race(place, id, QStringLiteral("title"), QStringLiteral("title"), &exitA, &exitB);
        QVERIFY2((exitA == 0 && exitB == 5) || (exitA == 5 && exitB == 0),
            qPrintable(QString::fromUtf8(outA + " | " + outB)));
        QVERIFY((exitA == 5 ? outA : outB).contains(" changed Title on "));
        auto ws = place.open();
        QVERIFY(ws);
        QCOMPARE((*ws)->loadPlan(id)->header.title,
            exitA == 0 ? QStringLiteral("from A") : QStringLiteral("from B"));

        // Different fields: both land.
        std::tie(outA, outB)
            = race(place, id, QStringLiteral("version"), QStringLiteral("title"), &exitA, &exitB);
        QVERIFY2(exitA == 0 && exitB == 0, qPrintable(QString::fromUtf8(outA + " | " + outB)));
        const Plan now = *(*ws)->loadPlan(id);
        QCOMPARE(now.header.version, QStringLiteral("from A"));
        QCOMPARE(now.header.title, QStringLiteral("from B"));
    }
};

ACCORD_TEST_MAIN_WITH_EDIT_CHILD(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
