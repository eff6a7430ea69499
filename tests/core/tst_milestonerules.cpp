// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "rules/milestonerules.h"

#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2024, 6, 15);

Milestone milestone(const QString &name, QDate target, TaskStatus status)
{
    Milestone m;
    m.name = name;
    m.targetDate = target;
    m.status = status;
    return m;
}

Milestone inPhase(qint64 phase, TaskStatus status)
{
    Milestone m;
    m.phase = PhaseId(phase);
    m.status = status;
    return m;
}

QStringList names(const std::vector<Milestone> &milestones)
{
    QStringList result;
    for (const Milestone &m : milestones)
        result.append(m.name);
    return result;
}

} // namespace

class TestMilestoneRules : public QObject {
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QDate>("target");
        QTest::addColumn<QDate>("actual");
        QTest::addColumn<TaskStatus>("status");
        QTest::addColumn<QStringList>("blockers");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<int>("late");
        QTest::addColumn<bool>("atRisk");

        using S = TaskStatus;
        const QDate none;
        const QStringList clear;
        const QDate t = kToday;
        QTest::newRow("due yesterday, pending")
            << t.addDays(-1) << none << S::Pending << clear << true << 1 << false;
        QTest::newRow("due 30 days ago, in progress")
            << t.addDays(-30) << none << S::InProgress << clear << true << 30 << false;
        QTest::newRow("due today, pending")
            << t << none << S::Pending << clear << false << 0 << true;
        QTest::newRow("due tomorrow, in progress")
            << t.addDays(1) << none << S::InProgress << clear << false << 0 << false;
        QTest::newRow("due in 14 days, pending")
            << t.addDays(14) << none << S::Pending << clear << false << 0 << true;
        QTest::newRow("due in 15 days, pending")
            << t.addDays(15) << none << S::Pending << clear << false << 0 << false;
        QTest::newRow("completed 4 days late")
            << t.addDays(-30) << t.addDays(-26) << S::Complete << clear << false << 4 << false;
        QTest::newRow("completed early")
            << t.addDays(-14) << t.addDays(-20) << S::Complete << clear << false << 0 << false;
        QTest::newRow("complete, no actual date")
            << t.addDays(-14) << none << S::Complete << clear << false << 0 << false;
        QTest::newRow("due yesterday, skipped")
            << t.addDays(-1) << none << S::Skipped << clear << false << 0 << false;
        QTest::newRow("blocked, due next month")
            << t.addDays(30) << none << S::Blocked << clear << false << 0 << true;
        QTest::newRow("blocked and overdue")
            << t.addDays(-5) << none << S::Blocked << clear << true << 5 << true;
        QTest::newRow("undated, pending")
            << none << none << S::Pending << clear << false << 0 << false;
        QTest::newRow("open blocker, due next month")
            << t.addDays(30) << none << S::InProgress << QStringList {QStringLiteral("No SSO yet")}
            << false << 0 << true;
        QTest::newRow("blank blocker ignored")
            << t.addDays(30) << none << S::Pending << QStringList {QStringLiteral("  ")} << false
            << 0 << false;
        QTest::newRow("complete with stale blocker")
            << t.addDays(-1) << t << S::Complete << QStringList {QStringLiteral("No SSO yet")}
            << false << 1 << false;
    }

    void classify()
    {
        QFETCH(QDate, target);
        QFETCH(QDate, actual);
        QFETCH(TaskStatus, status);
        QFETCH(QStringList, blockers);
        QFETCH(bool, overdue);
        QFETCH(int, late);
        QFETCH(bool, atRisk);

        Milestone m = milestone(QStringLiteral("m"), target, status);
        m.actualDate = actual;
        m.blockers = blockers;
        QCOMPARE(isOverdue(m, kToday), overdue);
        QCOMPARE(daysLate(m, kToday), late);
        QCOMPARE(isAtRisk(m, kToday), atRisk);
    }

    void horizon_data()
    {
        QTest::addColumn<int>("dueIn");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<bool>("atRisk");

        QTest::newRow("20 days, 30-day horizon") << 20 << 30 << true;
        QTest::newRow("20 days, 7-day horizon") << 20 << 7 << false;
        QTest::newRow("today, no horizon") << 0 << 0 << true;
        QTest::newRow("tomorrow, no horizon") << 1 << 0 << false;
    }

    void horizon()
    {
        QFETCH(int, dueIn);
        QFETCH(int, horizon);
        QFETCH(bool, atRisk);

        const Milestone m
            = milestone(QStringLiteral("m"), kToday.addDays(dueIn), TaskStatus::Pending);
        QCOMPARE(isAtRisk(m, kToday, horizon), atRisk);
    }

    void planLists()
    {
        Plan plan;
        plan.milestones
            = {milestone(QStringLiteral("kickoff"), kToday.addDays(-40), TaskStatus::Complete),
                milestone(QStringLiteral("sso"), kToday.addDays(-3), TaskStatus::InProgress),
                milestone(QStringLiteral("import"), kToday.addDays(5), TaskStatus::Pending),
                milestone(QStringLiteral("training"), kToday.addDays(-10), TaskStatus::Blocked),
                milestone(QStringLiteral("qbr"), kToday.addDays(60), TaskStatus::Pending)};
        QCOMPARE(names(overdueMilestones(plan, kToday)),
            (QStringList {QStringLiteral("sso"), QStringLiteral("training")}));
        QCOMPARE(names(atRiskMilestones(plan, kToday)),
            (QStringList {QStringLiteral("import"), QStringLiteral("training")}));
        QCOMPARE(names(atRiskMilestones(plan, kToday, 90)),
            (QStringList {
                QStringLiteral("import"), QStringLiteral("training"), QStringLiteral("qbr")}));
        // a day later than all of them: only the open ones are overdue
        QCOMPARE(overdueMilestones(plan, kToday.addDays(61)).size(), size_t(4));
    }

    void emptyPlan()
    {
        const Plan plan;
        QVERIFY(overdueMilestones(plan, kToday).empty());
        QVERIFY(atRiskMilestones(plan, kToday).empty());
        QVERIFY(phaseProgressList(plan).empty());
        QVERIFY(!phaseProgress(plan, PhaseId(1)).percent);
    }

    void phase_data()
    {
        QTest::addColumn<qint64>("phase");
        QTest::addColumn<QVariant>("percent");
        QTest::addColumn<int>("complete");
        QTest::addColumn<int>("counted");

        QTest::newRow("two of three, one skipped") << 1LL << QVariant(200.0 / 3.0) << 2 << 3;
        QTest::newRow("only skipped") << 2LL << QVariant() << 0 << 0;
        QTest::newRow("empty phase") << 3LL << QVariant() << 0 << 0;
        QTest::newRow("all complete") << 4LL << QVariant(100.0) << 2 << 2;
        QTest::newRow("none complete") << 5LL << QVariant(0.0) << 0 << 2;
    }

    void phase()
    {
        QFETCH(qint64, phase);
        QFETCH(QVariant, percent);
        QFETCH(int, complete);
        QFETCH(int, counted);

        const MilestoneCompletion p = phaseProgress(phasePlan(), PhaseId(phase));
        QCOMPARE(p.percent.has_value(), percent.isValid());
        if (p.percent)
            QCOMPARE(*p.percent, percent.toDouble());
        QCOMPARE(p.complete, complete);
        QCOMPARE(p.counted, counted);
    }

    void phaseListFollowsPhaseOrder()
    {
        const std::vector<MilestoneCompletion> list = phaseProgressList(phasePlan());
        QCOMPARE(list.size(), size_t(5));
        QCOMPARE(list[0].percent.value(), 100.0); // phase 4 is listed first
        QCOMPARE(list[1].complete, 2); // phase 1
        QVERIFY(!list[2].percent); // phase 2
        QCOMPARE(list[4].percent.value(), 0.0); // phase 5
    }

private:
    static Plan phasePlan()
    {
        Plan plan;
        for (qint64 id : {4, 1, 2, 3, 5}) {
            Phase phase;
            phase.id = PhaseId(id);
            plan.phases.push_back(phase);
        }
        using S = TaskStatus;
        plan.milestones = {inPhase(1, S::Complete), inPhase(1, S::Complete), inPhase(1, S::Pending),
            inPhase(1, S::Skipped), inPhase(2, S::Skipped), inPhase(4, S::Complete),
            inPhase(4, S::Complete), inPhase(5, S::Blocked), inPhase(5, S::InProgress),
            inPhase(0, S::Complete)};
        return plan;
    }
};

QTEST_APPLESS_MAIN(TestMilestoneRules)
#include "tst_milestonerules.moc"
