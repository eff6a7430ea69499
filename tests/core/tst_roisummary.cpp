// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "rules/roisummary.h"

#include <QTest>

#include <limits>

using namespace accord;

namespace {

Money usd(qint64 dollars)
{
    return Money {dollars * 100, QStringLiteral("USD")};
}

RoiPeriod period(int month, Money investment, Money benefits)
{
    RoiPeriod p;
    p.id = RowId(month);
    p.month = month;
    p.investment = std::move(investment);
    p.benefits = std::move(benefits);
    return p;
}

} // namespace

// The ROI timeline's derived figures: net per period, cumulative, totals, ROI %
// and the payback month.
class TestRoiSummary : public QObject {
    Q_OBJECT

private slots:
    void theTemplatesTable()
    {
        Plan plan;
        // Entered out of order: worked out by month.
        plan.roiPeriods = {period(6, usd(0), usd(30000)), period(1, usd(50000), usd(0)),
            period(3, usd(10000), usd(15000)), period(2, usd(5000), usd(8000)),
            period(12, usd(0), usd(40000))};
        const RoiSummary roi = roiSummary(plan);
        QCOMPARE(roi.totals, RoiSummary::Totals::Added);
        QList<int> months;
        QList<qint64> nets;
        QList<qint64> cumulative;
        for (const RoiSummary::Period &p : roi.periods) {
            months << p.month;
            nets << p.net.minor / 100;
            cumulative << p.cumulative.minor / 100;
            QCOMPARE(p.net.currency, QStringLiteral("USD"));
        }
        QCOMPARE(months, (QList<int> {1, 2, 3, 6, 12}));
        QCOMPARE(nets, (QList<qint64> {-50000, 3000, 5000, 30000, 40000}));
        QCOMPARE(cumulative, (QList<qint64> {-50000, -47000, -42000, -12000, 28000}));
        QCOMPARE(roi.investment, usd(65000));
        QCOMPARE(roi.benefits, usd(93000));
        QCOMPARE(roi.net, usd(28000));
        QVERIFY(roi.roiPercent);
        QVERIFY(qAbs(*roi.roiPercent - 28000.0 / 65000.0 * 100) < 1e-9);
        QCOMPARE(roi.paybackMonth, std::optional<int>(12));
    }

    void notYetPaidBack()
    {
        Plan plan;
        plan.roiPeriods = {period(1, usd(1000), usd(100)), period(2, usd(0), usd(200))};
        const RoiSummary roi = roiSummary(plan);
        QVERIFY(!roi.paybackMonth);
        QCOMPARE(roi.net, usd(-700));
        QVERIFY(qAbs(*roi.roiPercent + 70) < 1e-9);
    }

    void nothingInvested()
    {
        Plan plan;
        QVERIFY(roiSummary(plan).isEmpty());
        plan.roiPeriods = {period(1, Money(), usd(100))};
        const RoiSummary roi = roiSummary(plan);
        QVERIFY(!roi.roiPercent); // no investment: no percentage to show
        QVERIFY(!roi.paybackMonth);
        QCOMPARE(roi.net, usd(100));
    }

    void amountsThatCannotBeAddedUp()
    {
        Plan plan;
        plan.roiPeriods = {period(1, usd(100), Money {5000, QStringLiteral("EUR")})};
        RoiSummary roi = roiSummary(plan);
        QCOMPARE(roi.totals, RoiSummary::Totals::MixedCurrencies);
        QCOMPARE(roi.periods.size(), std::size_t(1));
        QVERIFY(roi.net.isEmpty() && !roi.roiPercent && !roi.paybackMonth);

        const qint64 most = std::numeric_limits<qint64>::max();
        plan.roiPeriods = {period(1, Money {most, QStringLiteral("USD")}, usd(1)),
            period(2, Money {most, QStringLiteral("USD")}, usd(1))};
        roi = roiSummary(plan);
        QCOMPARE(roi.totals, RoiSummary::Totals::TooLarge);
        QVERIFY(roi.periods[0].net.isEmpty() && !roi.roiPercent);
    }
};

QTEST_GUILESS_MAIN(TestRoiSummary)
#include "tst_roisummary.moc"
