// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "model/plantable.h"
#include "text/plansearch.h"

#include <QTest>

using namespace accord;

class TestPlanSearch : public QObject {
    Q_OBJECT

private:
    static Plan plan()
    {
        Plan p;
        p.header.title = QStringLiteral("Initech success plan");
        p.account.company = QStringLiteral("Initech");
        Milestone m;
        m.id = RowId(7);
        m.name = QStringLiteral("Automated   scheduling enabled");
        p.milestones.push_back(m);
        Risk r;
        r.id = RowId(3);
        r.code = QStringLiteral("R1");
        r.description = QStringLiteral("IT security approval for API access may delay the "
                                       "automation milestone by a quarter or more, which "
                                       "would push the scheduling work past the renewal");
        p.risks.push_back(r);
        Stakeholder s;
        s.id = StakeholderId(4);
        s.name = QStringLiteral("Aiko Tanaka");
        p.stakeholders.push_back(s);
        return p;
    }

private slots:
    void findsEveryFieldThatHoldsTheText()
    {
        const auto hits = PlanSearch::find(plan(), QStringLiteral("SCHEDULING"));
        QCOMPARE(hits.size(), std::size_t(2));
        // In document order: the roadmap before the risks.
        QCOMPARE(hits[0].field, fieldOf<&Milestone::name>());
        QCOMPARE(hits[0].rowId, 7);
        QCOMPARE(hits[0].text, QStringLiteral("Automated scheduling enabled"));
        QCOMPARE(hits[0].text.mid(hits[0].start, hits[0].length), QStringLiteral("scheduling"));
        QCOMPARE(hits[1].field, fieldOf<&Risk::description>());
        QCOMPARE(hits[1].rowId, 3);
    }

    void severalWordsMustAllBeThere()
    {
        QCOMPARE(PlanSearch::find(plan(), QStringLiteral("tanaka aiko")).size(), std::size_t(1));
        QVERIFY(PlanSearch::find(plan(), QStringLiteral("tanaka bob")).empty());
        QVERIFY(PlanSearch::find(plan(), QStringLiteral("   ")).empty());
    }

    void recordsAreSearchedToo()
    {
        const auto hits = PlanSearch::find(plan(), QStringLiteral("initech"));
        QCOMPARE(hits.size(), std::size_t(2));
        QCOMPARE(hits[0].field, fieldOf<&PlanHeader::title>());
        QCOMPARE(hits[1].field, fieldOf<&Account::company>());
    }

    void excerptsShowTheMatch()
    {
        const auto hits = PlanSearch::find(plan(), QStringLiteral("push"));
        QCOMPARE(hits.size(), std::size_t(1));
        const QString part = PlanSearch::excerpt(hits[0], 40);
        QVERIFY2(part.contains(QStringLiteral("push")), qPrintable(part));
        QVERIFY(part.startsWith(u'…') && part.endsWith(u'…'));
        QVERIFY(part.size() <= 42);
    }

    void theLimitIsKept()
    {
        Plan p;
        for (int i = 1; i <= 50; ++i) {
            Milestone m;
            m.id = RowId(i);
            m.name = QStringLiteral("Step %1").arg(i);
            p.milestones.push_back(m);
        }
        QCOMPARE(PlanSearch::find(p, QStringLiteral("step"), 10).size(), std::size_t(10));
    }
};

QTEST_MAIN(TestPlanSearch)
#include "tst_plansearch.moc"
