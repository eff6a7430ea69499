// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "rules/healthwhatif.h"

#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2026, 5, 1);

HealthComponent component(qint64 id, const QString &name, int weight, std::optional<int> score,
    const QString &metrics = {})
{
    HealthComponent c;
    c.id = RowId(id);
    c.name = name;
    c.weight = weight;
    c.score = score;
    c.metrics = metrics;
    return c;
}

Milestone milestone(qint64 id, TaskStatus status, QDate actual = {})
{
    Milestone m;
    m.id = RowId(id);
    m.name = QStringLiteral("M%1").arg(id);
    m.status = status;
    m.actualDate = actual;
    return m;
}

// Engagement 30 × 80, Delivery 30 × 60 (measures milestones), Satisfaction 40 × 90:
// (2400 + 1800 + 3600) / 100 = 78, yellow. Milestones: 2 of 4 complete, 1 skipped.
Plan plan()
{
    Plan p;
    p.healthComponents = {component(1, QStringLiteral("Engagement"), 30, 80),
        component(2, QStringLiteral("Delivery"), 30, 60, QStringLiteral("Milestones on time")),
        component(3, QStringLiteral("Satisfaction"), 40, 90)};
    p.milestones = {milestone(10, TaskStatus::Complete, QDate(2026, 3, 1)),
        milestone(11, TaskStatus::Complete), milestone(12, TaskStatus::InProgress),
        milestone(13, TaskStatus::Pending, QDate(2026, 4, 20)), milestone(14, TaskStatus::Skipped)};
    return p;
}

const Change *findChange(const std::vector<Change> &changes, qint64 row, FieldRef field)
{
    for (const Change &c : changes) {
        if (c.rowId == row && c.sets(field))
            return &c;
    }
    return nullptr;
}

} // namespace

class TestHealthWhatIf : public QObject {
    Q_OBJECT

private slots:
    void emptyHypothesisChangesNothing()
    {
        const HealthWhatIfResult r = evaluateWhatIf(plan(), {}, kToday);
        QCOMPARE(r.before.score.value(), 78.0);
        QCOMPARE(r.after.score.value(), 78.0);
        QCOMPARE(r.after.level.value(), HealthLevel::Yellow);
        QVERIFY(r.changes.empty());
        QCOMPARE(r.completionBefore.complete, 2);
        QCOMPARE(r.completionBefore.counted, 4);
    }

    void componentScoreOverride()
    {
        HealthWhatIf whatIf;
        whatIf.scores[1] = 100; // Engagement 80 → 100: +6 points
        const HealthWhatIfResult r = evaluateWhatIf(plan(), whatIf, kToday);
        QCOMPARE(r.after.score.value(), 84.0);
        QCOMPARE(r.after.level.value(), HealthLevel::Green);
        QCOMPARE(r.changes.size(), std::size_t(1));
        QVERIFY(r.changes.front().sets(fieldOf<&HealthComponent::score>()));
        QCOMPARE(r.changes.front().value.toInt(), 100);
    }

    void overrideIsClamped()
    {
        HealthWhatIf whatIf;
        whatIf.scores[3] = 250;
        const HealthWhatIfResult r = evaluateWhatIf(plan(), whatIf, kToday);
        QCOMPARE(r.components[2].score.value(), 100);
    }

    void closingMilestonesMovesMilestoneComponents()
    {
        HealthWhatIf whatIf;
        whatIf.closedMilestones = {12, 13}; // completion 50 % → 100 %: Delivery 60 → 100
        const HealthWhatIfResult r = evaluateWhatIf(plan(), whatIf, kToday);
        QCOMPARE(r.completionAfter.complete, 4);
        QCOMPARE(r.components[1].score.value(), 100);
        QCOMPARE(r.components[0].score.value(), 80); // does not measure milestones
        QCOMPARE(r.after.score.value(), 90.0);
        QCOMPARE(r.after.level.value(), HealthLevel::Green);

        const Change *status = findChange(r.changes, 12, fieldOf<&Milestone::status>());
        QVERIFY(status);
        QCOMPARE(status->value.toString(), enumKey(TaskStatus::Complete));
        const Change *actual = findChange(r.changes, 12, fieldOf<&Milestone::actualDate>());
        QVERIFY(actual);
        QCOMPARE(actual->value.toDate(), kToday);
        // An actual date already recorded is kept.
        QVERIFY(findChange(r.changes, 13, fieldOf<&Milestone::status>()));
        QVERIFY(!findChange(r.changes, 13, fieldOf<&Milestone::actualDate>()));
    }

    void closedAndSkippedMilestonesAreNotReclosed()
    {
        HealthWhatIf whatIf;
        whatIf.closedMilestones = {10, 14};
        const HealthWhatIfResult r = evaluateWhatIf(plan(), whatIf, kToday);
        QVERIFY(r.changes.empty());
        QCOMPARE(r.after.score.value(), 78.0);
    }

    void explicitScoreWinsOverMilestoneLift()
    {
        HealthWhatIf whatIf;
        whatIf.closedMilestones = {12};
        whatIf.scores[2] = 50;
        const HealthWhatIfResult r = evaluateWhatIf(plan(), whatIf, kToday);
        QCOMPARE(r.components[1].score.value(), 50);
    }

    void changesApplyToThePlan()
    {
        HealthWhatIf whatIf;
        whatIf.closedMilestones = {12};
        whatIf.scores[1] = 90;
        Plan p = plan();
        const HealthWhatIfResult r = evaluateWhatIf(p, whatIf, kToday);
        for (const Change &c : r.changes)
            QVERIFY2(c.applyTo(p), qPrintable(c.fieldInfo().key));
        QCOMPARE(healthScore(p).score.value(), r.after.score.value());
        QCOMPARE(p.milestones[2].status, TaskStatus::Complete);
        QCOMPARE(p.milestones[2].actualDate, kToday);
    }
};

QTEST_GUILESS_MAIN(TestHealthWhatIf)
#include "tst_healthwhatif.moc"
