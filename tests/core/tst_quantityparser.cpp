// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/quantityparser.h"

#include <QTest>

using namespace accord;

Q_DECLARE_METATYPE(std::optional<Quantity>)

namespace {

std::optional<Quantity> q(double value, const char *unit)
{
    return Quantity {value, QString::fromUtf8(unit)};
}

} // namespace

class TestQuantityParser : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<Quantity>>("expected");
        const std::optional<Quantity> none;
        // The example plan's texts.
        QTest::newRow("hours per report")
            << QStringLiteral("4 hours per report") << q(4, "hours per report");
        QTest::newRow("minutes per report")
            << QStringLiteral("30 minutes per report") << q(30, "minutes per report");
        QTest::newRow("N of M (P%)") << QStringLiteral("8 of 25 (32%)") << q(32, "%");
        QTest::newRow("N of M (P%) target") << QStringLiteral("20 of 25 (80%)") << q(80, "%");
        QTest::newRow("arr") << QStringLiteral("$150,000") << q(150000, "USD");
        // Unambiguous forms.
        QTest::newRow("percent") << QStringLiteral("80%") << q(80, "%");
        QTest::newRow("percent spaced") << QStringLiteral(" 12.5 % ") << q(12.5, "%");
        QTest::newRow("bare number") << QStringLiteral("42") << q(42, "");
        QTest::newRow("negative") << QStringLiteral("-3 points") << q(-3, "points");
        QTest::newRow("thousands")
            << QStringLiteral("1,200 tickets per month") << q(1200, "tickets per month");
        QTest::newRow("decimal") << QStringLiteral("1.5 days") << q(1.5, "days");
        QTest::newRow("unit with slash") << QStringLiteral("42 hours/year") << q(42, "hours/year");
        QTest::newRow("collapses spaces")
            << QStringLiteral("4   hours  per report") << q(4, "hours per report");
        QTest::newRow("currency code") << QStringLiteral("EUR 1,200") << q(1200, "EUR");
        QTest::newRow("unicode unit") << QStringLiteral("3 Stück") << q(3, "Stück");
        // Ambiguous or not a quantity: no value.
        QTest::newRow("empty") << QString() << none;
        QTest::newRow("words only") << QStringLiteral("Monthly active users") << none;
        QTest::newRow("words first") << QStringLiteral("about 4 hours") << none;
        QTest::newRow("approximate") << QStringLiteral("~4 hours") << none;
        QTest::newRow("inequality") << QStringLiteral("<5 minutes") << none;
        QTest::newRow("range") << QStringLiteral("4-6 hours") << none;
        QTest::newRow("range words") << QStringLiteral("4 to 6 hours") << none;
        QTest::newRow("plus") << QStringLiteral("4+ hours") << none;
        QTest::newRow("two numbers") << QStringLiteral("4 hours per 2 reports") << none;
        QTest::newRow("N of M alone") << QStringLiteral("20 of 25") << none;
        QTest::newRow("N of M disagreeing") << QStringLiteral("8 of 25 (50%)") << none;
        QTest::newRow("N of zero") << QStringLiteral("0 of 0 (0%)") << none;
        QTest::newRow("decimal comma") << QStringLiteral("1,5 hours") << none;
        QTest::newRow("from-to sentence")
            << QStringLiteral("Reduce from 4 hours to 30 minutes") << none;
        QTest::newRow("ratio") << QStringLiteral("4/5 stars") << none;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<Quantity>, expected);
        const auto actual = QuantityParser::parse(text);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(actual->value, expected->value);
            QCOMPARE(actual->unit, expected->unit);
        }
    }

    void reconcileSameUnit()
    {
        const auto r = QuantityParser::reconcile(q(32, "%"), q(80, "%"));
        QCOMPARE(r, (QuantityParser::Reconciled {32.0, 80.0, QStringLiteral("%")}));
    }

    void reconcileConvertsTimeToTheSmallerUnit()
    {
        const auto r
            = QuantityParser::reconcile(q(4, "hours per report"), q(30, "minutes per report"));
        QCOMPARE(
            r, (QuantityParser::Reconciled {240.0, 30.0, QStringLiteral("minutes per report")}));
        const auto up = QuantityParser::reconcile(q(90, "seconds"), q(1, "minute"));
        QCOMPARE(up, (QuantityParser::Reconciled {90.0, 60.0, QStringLiteral("seconds")}));
    }

    void reconcileRefusesDifferentUnits()
    {
        QCOMPARE(QuantityParser::reconcile(q(4, "hours per report"), q(30, "minutes per ticket")),
            QuantityParser::Reconciled {});
        QCOMPARE(
            QuantityParser::reconcile(q(8, "users"), q(80, "%")), QuantityParser::Reconciled {});
        QCOMPARE(
            QuantityParser::reconcile(q(4, ""), q(30, "minutes")), QuantityParser::Reconciled {});
    }

    void reconcileKeepsAOneSidedValue()
    {
        const auto r = QuantityParser::reconcile(std::nullopt, q(30, "minutes per report"));
        QCOMPARE(r,
            (QuantityParser::Reconciled {
                std::nullopt, 30.0, QStringLiteral("minutes per report")}));
        QCOMPARE(
            QuantityParser::reconcile(std::nullopt, std::nullopt), QuantityParser::Reconciled {});
    }

    void minutes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::newRow("agenda item") << QStringLiteral("20 min") << 20;
        QTest::newRow("qbr length") << QStringLiteral("60 minutes") << 60;
        QTest::newRow("number") << QStringLiteral("45") << 45;
        QTest::newRow("hours") << QStringLiteral("1.5 hours") << 90;
        QTest::newRow("h") << QStringLiteral("2h") << 120;
        QTest::newRow("fraction of a minute") << QStringLiteral("0.5 min") << -1;
        QTest::newRow("words") << QStringLiteral("an hour") << -1;
        QTest::newRow("days") << QStringLiteral("2 days") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void minutes()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto actual = QuantityParser::minutes(text);
        QCOMPARE(actual.value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(TestQuantityParser)
#include "tst_quantityparser.moc"
