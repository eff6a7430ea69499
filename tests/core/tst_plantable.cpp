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
        QVERIFY(!h.setValue(plan, 0, h.fieldIndex(u"status"), QStringLiteral("nonsense")));
        QVERIFY(!h.setValue(plan, 0, h.fieldIndex(u"created"), QStringLiteral("2026-02-30")));
        QVERIFY(!h.setValue(plan, 0, h.fieldIndex(u"scope_months"), QStringLiteral("12")));
        QVERIFY(!h.setValue(plan, 0, h.fieldIndex(u"scope_months"), 2.5));
        QCOMPARE(plan.header.status, PlanStatus::Draft);
        QCOMPARE(plan.header.scopeMonths, 12);
    }

    void changesApplyAndInvert()
    {
        Plan plan;
        const PlanTable *t = findPlanTable(u"milestone");
        for (int i = 1; i <= 3; ++i) {
            RowData row = t->defaultRow(i);
            row.values[t->fieldIndex(u"name")] = QStringLiteral("M%1").arg(i);
            const Change insert = Change::insertRow(t->name(), i - 1, row);
            QVERIFY(!insert.applyTo(plan));
        }
        const Plan before = plan;
        const Change edits[] = {
            Change::setValue(t->name(), 2, QStringLiteral("target_date"), QDate(2026, 3, 1)),
            Change::moveRow(t->name(), 3, 0),
            Change::removeRow(t->name(), 1),
        };
        for (const Change &c : edits) {
            const Plan snapshot = plan;
            const auto inverse = c.inverse(plan);
            QVERIFY(inverse);
            QVERIFY(!c.applyTo(plan));
            QVERIFY(!inverse->applyTo(plan));
            QCOMPARE(t->rowCount(plan), t->rowCount(snapshot));
            for (int r = 0; r < t->rowCount(plan); ++r)
                QCOMPARE(t->rowData(plan, r), t->rowData(snapshot, r));
            QVERIFY(!c.applyTo(plan));
        }
        QCOMPARE(plan.milestones.size(), std::size_t(2));
        QCOMPARE(plan.milestones[0].name, QStringLiteral("M3"));
        QCOMPARE(plan.milestones[1].targetDate, QDate(2026, 3, 1));
        QVERIFY(Change::setValue(t->name(), 99, QStringLiteral("name"), QString()).applyTo(plan));
        QVERIFY(Change::setValue(t->name(), 2, QStringLiteral("nope"), QString()).applyTo(plan));
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

        const auto changes = removalWithChildren(plan, QStringLiteral("outcome"), 1);
        QCOMPARE(changes.size(), std::size_t(4));
        QCOMPARE(changes.back().table, QStringLiteral("outcome"));
        Plan edited = plan;
        for (const Change &c : changes)
            QVERIFY(!c.applyTo(edited));
        QVERIFY(edited.outcomes.empty());
        QVERIFY(edited.metrics.empty());
        QVERIFY(edited.measurements.empty());
        QCOMPARE(edited.milestones.size(), std::size_t(1));
        QVERIFY(!edited.milestones[0].outcome.isValid());
    }
};

QTEST_APPLESS_MAIN(TestPlanTable)
#include "tst_plantable.moc"
