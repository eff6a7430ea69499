// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/money.h"

#include <QTest>

using accord::Money;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qlonglong>("minor");
        QTest::addColumn<QString>("currency");

        QTest::newRow("dollars with grouping") << "$150,000" << true << 15000000LL << "USD";
        QTest::newRow("code after") << "1250.5 EUR" << true << 125050LL << "EUR";
        QTest::newRow("code before") << "GBP 99.99" << true << 9999LL << "GBP";
        QTest::newRow("thousands suffix") << "£12k" << true << 1200000LL << "GBP";
        QTest::newRow("millions suffix") << "1.5M USD" << true << 150000000LL << "USD";
        QTest::newRow("negative") << "$-20" << true << -2000LL << "USD";
        QTest::newRow("no currency") << "42" << true << 4200LL << "";
        QTest::newRow("two currencies") << "USD 5 EUR" << false << 0LL << "";
        QTest::newRow("words") << "about five grand" << false << 0LL << "";
        QTest::newRow("bad grouping") << "1,50,000" << false << 0LL << "";
        QTest::newRow("three decimals") << "$1.005" << false << 0LL << "";
        QTest::newRow("empty") << "" << false << 0LL << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qlonglong, minor);
        QFETCH(QString, currency);
        const auto money = Money::parse(text);
        QCOMPARE(money.has_value(), valid);
        if (valid) {
            QCOMPARE(money->minor, minor);
            QCOMPARE(money->currency, currency);
        }
    }

    void display()
    {
        QCOMPARE((Money {15000000, QStringLiteral("USD")}).toDisplayString(),
            QStringLiteral("$150,000"));
        QCOMPARE((Money {123456, QStringLiteral("CHF")}).toDisplayString(),
            QStringLiteral("1,234.56 CHF"));
        QCOMPARE(
            (Money {-505, QStringLiteral("EUR")}).toCanonicalString(), QStringLiteral("EUR -5.05"));
    }

    void roundTripsThroughCanonicalText()
    {
        const Money m {987654321, QStringLiteral("JPY")};
        QCOMPARE(Money::parse(m.toCanonicalString()).value(), m);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
