// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "storage/workspacebootstrap.h"

#include <QTest>

#include <algorithm>

using namespace accord;

namespace {

bool open(const Milestone &m)
{
    return m.status != TaskStatus::Complete && m.status != TaskStatus::Skipped;
}

} // namespace

// The sample plan a newcomer sees is a plan in progress on whatever day it is
// made: its dates move with today.
class TestSamplePlan : public QObject {
    Q_OBJECT

private slots:
    void isInProgressOnAnyDay_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("the day it describes") << WorkspaceBootstrap::sampleDay();
        QTest::newRow("years later") << QDate(2031, 7, 9);
        QTest::newRow("years earlier") << QDate(2019, 1, 2);
    }

    void isInProgressOnAnyDay()
    {
        QFETCH(QDate, today);
        const Result<Plan> plan = WorkspaceBootstrap::samplePlan(today);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        const auto &milestones = plan->milestones;
        // Some milestones done, before today.
        QVERIFY(std::any_of(milestones.begin(), milestones.end(), [&](const Milestone &m) {
            return !open(m) && m.actualDate.isValid() && m.actualDate < today;
        }));
        // Exactly one open milestone late: the one at risk.
        QCOMPARE(std::count_if(milestones.begin(), milestones.end(),
                     [&](const Milestone &m) { return open(m) && m.targetDate < today; }),
            1);
        // The others still ahead, the next QBR coming, the renewal ahead.
        QVERIFY(std::any_of(milestones.begin(), milestones.end(),
            [&](const Milestone &m) { return open(m) && m.targetDate > today; }));
        QVERIFY(plan->header.nextReview > today);
        QVERIFY(plan->header.nextReview < today.addMonths(4));
        QVERIFY(plan->account.renewalDate > today);
        QVERIFY(plan->header.created <= today);
    }

    void theDayItDescribesKeepsTheFilesDates()
    {
        const Result<Plan> plan = WorkspaceBootstrap::samplePlan(WorkspaceBootstrap::sampleDay());
        QVERIFY(plan.ok());
        QCOMPARE(plan->header.created, QDate(2026, 2, 1));
        QCOMPARE(plan->header.nextReview, QDate(2026, 5, 1));
        const Result<Plan> later = WorkspaceBootstrap::samplePlan(QDate(2026, 3, 15));
        QCOMPARE(later->header.created, QDate(2026, 3, 1)); // 28 days later
    }
};

QTEST_GUILESS_MAIN(TestSamplePlan)
#include "tst_sampleplan.moc"
