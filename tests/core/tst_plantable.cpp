// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fieldsamples.h"
#include "model/change.h"
#include "model/plan.h"

#include <QTest>

#include <set>

using namespace accord;

class TestPlanTable : public QObject {
    Q_OBJECT

private slots:
    void everyTableHasUniqueNameAndKeys()
    {
        std::set<QString> names;
        for (const PlanTable *t : planTables()) {
            QVERIFY2(names.insert(t->name()).second, qPrintable(t->name()));
            std::set<QString> keys;
            for (const FieldInfo &f : t->fields()) {
                QVERIFY2(keys.insert(f.key).second, qPrintable(t->name() + u'.' + f.key));
                QVERIFY2(f.key != u"id" && f.key != u"position" && f.key != u"plan_id",
                    qPrintable(f.key));
                if (f.kind == FieldKind::Ref)
                    QVERIFY2(findPlanTable(f.refTable), qPrintable(f.refTable));
                if (f.kind == FieldKind::Enum)
                    QVERIFY(f.enumInfo && !f.enumInfo->entries.empty());
            }
        }
        QVERIFY(names.size() > 40);
    }

    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<QString>("table");
        for (const PlanTable *t : planTables())
            QTest::newRow(qPrintable(t->name())) << t->name();
    }

    void everyFieldRoundTrips()
    {
        QFETCH(QString, table);
        const PlanTable *t = findPlanTable(table);
        Plan plan;
        plan.id = PlanId(3);
        plan.account.id = AccountId(4);
        int row = 0;
        if (t->isCollection())
            QVERIFY(t->insertRow(plan, 0, t->defaultRow(9)));
        for (int f = 0; f < int(t->fields().size()); ++f) {
            const QVariant v = test::sampleValue(t->fields()[std::size_t(f)], f);
            QVERIFY2(t->setValue(plan, row, f, v), qPrintable(t->fields()[std::size_t(f)].key));
            QCOMPARE(t->value(plan, row, f), v);
        }
    }

    void wrongTypesAreRefused()
    {
        Plan plan;
        const PlanTable &h = headerTable();
        const int status = fieldOf<&PlanHeader::status>().index;
        const int created = fieldOf<&PlanHeader::created>().index;
        const int scope = fieldOf<&PlanHeader::scopeMonths>().index;
        QVERIFY(!h.setValue(plan, 0, status, QStringLiteral("nonsense")));
        QVERIFY(!h.setValue(plan, 0, created, QStringLiteral("2026-02-30")));
        QVERIFY(!h.setValue(plan, 0, scope, QStringLiteral("12")));
        QVERIFY(!h.setValue(plan, 0, scope, 2.5));
        QCOMPARE(plan.header.status, PlanStatus::Draft);
        QCOMPARE(plan.header.scopeMonths, 12);
    }

    void changesApplyAndInvert()
    {
        Plan plan;
        const PlanTable *t = &tableOf<Milestone>();
        for (int i = 1; i <= 3; ++i) {
            RowData row = t->defaultRow(i);
            row.values[fieldOf<&Milestone::name>().index] = QStringLiteral("M%1").arg(i);
            const Change insert = Change::insert(*t, i - 1, row);
            QVERIFY(insert.applyTo(plan));
        }
        const Plan before = plan;
        const Change edits[] = {
            Change::set<&Milestone::targetDate>(2, QDate(2026, 3, 1)),
            Change::move(*t, 3, 0),
            Change::remove(*t, 1),
        };
        for (const Change &c : edits) {
            const Plan snapshot = plan;
            const auto inverse = c.inverse(plan);
            QVERIFY(inverse);
            QVERIFY(c.applyTo(plan));
            QVERIFY(inverse->applyTo(plan));
            QCOMPARE(t->rowCount(plan), t->rowCount(snapshot));
            for (int r = 0; r < t->rowCount(plan); ++r)
                QCOMPARE(t->rowData(plan, r), t->rowData(snapshot, r));
            QVERIFY(c.applyTo(plan));
        }
        QCOMPARE(plan.milestones.size(), std::size_t(2));
        QCOMPARE(plan.milestones[0].name, QStringLiteral("M3"));
        QCOMPARE(plan.milestones[1].targetDate, QDate(2026, 3, 1));
        QVERIFY(!Change::set<&Milestone::name>(99, QString()).applyTo(plan));
        QVERIFY(!Change::set({t, 99}, 2, QString()).applyTo(plan));
        QVERIFY(!Change::set(fieldOf<&Milestone::targetDate>(), 2, u"not a date"_qs).applyTo(plan));
        Q_UNUSED(before);
    }

    void removingAnOutcomeRemovesItsMetricsAndUnlinksMilestones()
    {
        Plan plan;
        plan.outcomes.push_back(Outcome {OutcomeId(1), QStringLiteral("O1"), {}, {}, {},
            Level::High, OutcomeStatus::InProgress});
        Metric m;
        m.id = MetricId(5);
        m.outcome = OutcomeId(1);
        plan.metrics.push_back(m);
        Measurement reading;
        reading.id = RowId(8);
        reading.metric = MetricId(5);
        plan.measurements.push_back(reading);
        Milestone ms;
        ms.id = RowId(2);
        ms.outcome = OutcomeId(1);
        plan.milestones.push_back(ms);

        const auto changes = removalWithChildren(plan, tableOf<Outcome>(), 1);
        QCOMPARE(changes.size(), std::size_t(4));
        QCOMPARE(changes.back().table, &tableOf<Outcome>());
        Plan edited = plan;
        for (const Change &c : changes)
            QVERIFY(c.applyTo(edited));
        QVERIFY(edited.outcomes.empty());
        QVERIFY(edited.metrics.empty());
        QVERIFY(edited.measurements.empty());
        QCOMPARE(edited.milestones.size(), std::size_t(1));
        QVERIFY(!edited.milestones[0].outcome.isValid());
    }
};

QTEST_APPLESS_MAIN(TestPlanTable)
#include "tst_plantable.moc"
