// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "rules/slipforecast.h"

#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2024, 6, 15);
const QDate kRenewal(2024, 9, 30);

Milestone milestone(qint64 id, qint64 phase, QDate target, TaskStatus status, QDate actual = {})
{
    Milestone m;
    m.id = RowId(id);
    m.phase = PhaseId(phase);
    m.name = QStringLiteral("M%1").arg(id);
    m.targetDate = target;
    m.actualDate = actual;
    m.status = status;
    return m;
}

Plan planWith(std::vector<Milestone> milestones, QDate renewal = kRenewal)
{
    Plan plan;
    plan.account.renewalDate = renewal;
    plan.phases = {Phase {PhaseId(1), QStringLiteral("Build"), {}, {}, {}},
        Phase {PhaseId(2), QStringLiteral("Adopt"), {}, {}, {}}};
    plan.milestones = std::move(milestones);
    return plan;
}

const Milestone &byId(const Plan &plan, qint64 id)
{
    for (const Milestone &m : plan.milestones) {
        if (m.id.value == id)
            return m;
    }
    static const Milestone missing; // makes the comparisons of the calling test fail
    return missing;
}

QList<qint64> ids(const std::vector<Milestone> &milestones)
{
    QList<qint64> result;
    for (const Milestone &m : milestones)
        result.append(m.id.value);
    return result;
}

} // namespace

class TestSlipForecast : public QObject {
    Q_OBJECT

private slots:
    void onTimeKeepsTarget()
    {
        const QDate target = kToday.addDays(20);
        const Plan plan = planWith(
            {milestone(1, 1, kToday.addDays(-10), TaskStatus::Complete, kToday.addDays(-12)),
                milestone(2, 1, target, TaskStatus::InProgress)});
        QCOMPARE(phaseSlipDays(plan, byId(plan, 2), kToday), 0);
        QCOMPARE(forecastDate(plan, byId(plan, 2), kToday), target);
        QVERIFY(!slipsPastRenewal(plan, byId(plan, 2), kToday));
    }

    void overdueCannotFinishBeforeToday()
    {
        const Plan plan = planWith({milestone(1, 2, kToday.addDays(-9), TaskStatus::Pending)});
        QCOMPARE(forecastDate(plan, byId(plan, 1), kToday), kToday);
        const auto forecasts = forecastMilestones(plan, kToday);
        QCOMPARE(forecasts.size(), std::size_t(1));
        QCOMPARE(forecasts[0].slipDays, 9);
        QCOMPARE(forecasts[0].phaseSlipDays, 0);
    }

    void phaseSlipCarriesForward()
    {
        // M1 finished 12 days late, M2 is 5 days overdue: M3 and M4 inherit the
        // largest slip (12); M5 in the other phase and the undated M6 do not.
        const Plan plan = planWith({
            milestone(1, 1, kToday.addDays(-40), TaskStatus::Complete, kToday.addDays(-28)),
            milestone(2, 1, kToday.addDays(-5), TaskStatus::InProgress),
            milestone(3, 1, kToday.addDays(30), TaskStatus::Pending),
            milestone(4, 1, kToday.addDays(100), TaskStatus::Pending),
            milestone(5, 2, kToday.addDays(30), TaskStatus::Pending),
            milestone(6, 1, QDate(), TaskStatus::Pending),
        });
        QCOMPARE(phaseSlipDays(plan, byId(plan, 2), kToday), 12);
        QCOMPARE(forecastDate(plan, byId(plan, 2), kToday), kToday.addDays(7));
        QCOMPARE(forecastDate(plan, byId(plan, 3), kToday), kToday.addDays(42));
        QCOMPARE(forecastDate(plan, byId(plan, 4), kToday), kToday.addDays(112));
        QCOMPARE(forecastDate(plan, byId(plan, 5), kToday), kToday.addDays(30));
        QVERIFY(!forecastDate(plan, byId(plan, 6), kToday).isValid());
        // 15 Jun + 112 days = 5 Oct, after the renewal on 30 Sep; its target (23 Sep) is not.
        QVERIFY(byId(plan, 4).targetDate <= kRenewal);
        QVERIFY(slipsPastRenewal(plan, byId(plan, 4), kToday));
        QCOMPARE(ids(milestonesPastRenewal(plan, kToday)), QList<qint64>({4}));
    }

    void unphasedCarriesNoSlip()
    {
        const Plan plan = planWith({
            milestone(1, 0, kToday.addDays(-40), TaskStatus::Complete, kToday.addDays(-10)),
            milestone(2, 0, kToday.addDays(10), TaskStatus::Pending),
        });
        QCOMPARE(phaseSlipDays(plan, byId(plan, 2), kToday), 0);
        QCOMPARE(forecastDate(plan, byId(plan, 2), kToday), kToday.addDays(10));
    }

    void closedMilestonesHaveNoForecast()
    {
        const Plan plan = planWith({
            milestone(1, 1, kRenewal.addDays(10), TaskStatus::Complete, kRenewal.addDays(12)),
            milestone(2, 1, kRenewal.addDays(20), TaskStatus::Skipped),
        });
        QVERIFY(!forecastDate(plan, byId(plan, 1), kToday).isValid());
        QVERIFY(!forecastDate(plan, byId(plan, 2), kToday).isValid());
        QVERIFY(forecastMilestones(plan, kToday).empty());
        QVERIFY(milestonesPastRenewal(plan, kToday).empty());
    }

    void undatedMilestonesAreIgnored()
    {
        Milestone startOnly = milestone(1, 1, QDate(), TaskStatus::InProgress);
        startOnly.start = kRenewal.addDays(5);
        const Plan plan = planWith({startOnly});
        QVERIFY(!forecastDate(plan, plan.milestones[0], kToday).isValid());
        QVERIFY(!slipsPastRenewal(plan, plan.milestones[0], kToday));
        QVERIFY(forecastMilestones(plan, kToday).empty());
    }

    void targetAfterRenewal()
    {
        const Plan plan = planWith({
            milestone(1, 2, kRenewal, TaskStatus::Pending),
            milestone(2, 2, kRenewal.addDays(1), TaskStatus::Pending),
        });
        QVERIFY(!slipsPastRenewal(plan, byId(plan, 1), kToday)); // on the day is in time
        QVERIFY(slipsPastRenewal(plan, byId(plan, 2), kToday));
        QCOMPARE(ids(milestonesPastRenewal(plan, kToday)), QList<qint64>({2}));
    }

    void noRenewalDate()
    {
        const Plan plan = planWith({milestone(1, 1, kToday.addDays(-300), TaskStatus::Blocked),
                                       milestone(2, 1, kToday.addDays(900), TaskStatus::Pending)},
            QDate());
        QVERIFY(!slipsPastRenewal(plan, byId(plan, 1), kToday));
        QVERIFY(!slipsPastRenewal(plan, byId(plan, 2), kToday));
        QVERIFY(milestonesPastRenewal(plan, kToday).empty());
        // The forecast itself does not need a renewal date.
        QCOMPARE(forecastDate(plan, byId(plan, 2), kToday), kToday.addDays(1200));
    }
};

QTEST_GUILESS_MAIN(TestSlipForecast)
#include "tst_slipforecast.moc"
