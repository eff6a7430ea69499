// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "rules/healthscore.h"

#include <QTest>

using namespace accord;

namespace {

// "name:weight:score" or "name:weight:-" for a component not assessed yet.
std::vector<HealthComponent> components(const QString &spec)
{
    std::vector<HealthComponent> result;
    const QStringList items = spec.split(u' ', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.split(u':');
        HealthComponent c;
        c.id = RowId(qint64(result.size()) + 1);
        c.name = parts.at(0);
        c.weight = parts.at(1).toInt();
        if (parts.at(2) != u"-")
            c.score = parts.at(2).toInt();
        result.push_back(c);
    }
    return result;
}

} // namespace

class TestHealthScore : public QObject {
    Q_OBJECT

private slots:
    void score_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QVariant>("score");
        QTest::addColumn<int>("level"); // -1: none
        QTest::addColumn<int>("weightSum");
        QTest::addColumn<bool>("sumsTo100");

        const int green = int(HealthLevel::Green);
        const int yellow = int(HealthLevel::Yellow);
        const int red = int(HealthLevel::Red);
        // The onboarding template's components: 0.3*90 + 0.3*70 + 0.2*80 + 0.2*100 = 84
        QTest::newRow("onboarding template weights")
            << QStringLiteral("Engagement:30:90 Success:30:70 Satisfaction:20:80 Financial:20:100")
            << QVariant(84.0) << green << 100 << true;
        QTest::newRow("yellow") << QStringLiteral("a:50:70 b:50:60") << QVariant(65.0) << yellow
                                << 100 << true;
        QTest::newRow("red") << QStringLiteral("a:50:70 b:50:40") << QVariant(55.0) << red << 100
                             << true;
        QTest::newRow("exactly the green minimum")
            << QStringLiteral("a:100:80") << QVariant(80.0) << green << 100 << true;
        QTest::newRow("exactly the yellow minimum")
            << QStringLiteral("a:100:60") << QVariant(60.0) << yellow << 100 << true;
        // (40*90 + 40*60) / 80 = 75, though the weights sum to 120
        QTest::newRow("weights sum to 120")
            << QStringLiteral("a:40:90 b:40:60 c:40:-") << QVariant(75.0) << yellow << 120 << false;
        // (30*90 + 30*60) / 60 = 75
        QTest::newRow("weights sum to 60")
            << QStringLiteral("a:30:90 b:30:60") << QVariant(75.0) << yellow << 60 << false;
        // (1*100 + 2*50 + 1*0) / 4 = 50
        QTest::newRow("relative weights")
            << QStringLiteral("a:1:100 b:2:50 c:1:0") << QVariant(50.0) << red << 4 << false;
        QTest::newRow("zero weight ignored")
            << QStringLiteral("a:0:0 b:100:90") << QVariant(90.0) << green << 100 << true;
        QTest::newRow("scores clamped to 0-100")
            << QStringLiteral("a:50:150 b:50:-20") << QVariant(50.0) << red << 100 << true;
        QTest::newRow("79.5 shows as 80: green")
            << QStringLiteral("a:50:80 b:50:79") << QVariant(79.5) << green << 100 << true;
        QTest::newRow("79.4 shows as 79: yellow")
            << QStringLiteral("a:60:79 b:40:80") << QVariant(79.4) << yellow << 100 << true;
        QTest::newRow("nothing assessed")
            << QStringLiteral("a:50:- b:50:-") << QVariant() << -1 << 100 << true;
        QTest::newRow("no components") << QString() << QVariant() << -1 << 0 << false;
    }

    void score()
    {
        QFETCH(QString, spec);
        QFETCH(QVariant, score);
        QFETCH(int, level);
        QFETCH(int, weightSum);
        QFETCH(bool, sumsTo100);

        const HealthScore h = healthScore(components(spec), HealthThresholds {});
        QCOMPARE(h.score.has_value(), score.isValid());
        if (h.score)
            QCOMPARE(*h.score, score.toDouble());
        QCOMPARE(h.level ? int(*h.level) : -1, level);
        QCOMPARE(h.weightSum, weightSum);
        QCOMPARE(h.weightsSumTo100, sumsTo100);
    }

    void contributionsAddUpToTheScore()
    {
        const HealthScore h
            = healthScore(components(QStringLiteral("a:40:90 b:40:60 c:40:- d:0:50")), {});
        QCOMPARE(h.contributions.size(), size_t(4));
        QCOMPARE(h.contributions[0].contribution, 45.0); // 40 * 90 / 80
        QCOMPARE(h.contributions[1].contribution, 30.0); // 40 * 60 / 80
        QCOMPARE(h.contributions[2].counted, false);
        QCOMPARE(h.contributions[2].contribution, 0.0);
        QCOMPARE(h.contributions[3].counted, false);
        QCOMPARE(h.contributions[1].name, QStringLiteral("b"));
        QCOMPARE(h.contributions[1].component, RowId(2));
        QCOMPARE(
            h.contributions[0].contribution + h.contributions[1].contribution, h.score.value());
    }

    void thresholds_data()
    {
        QTest::addColumn<int>("green");
        QTest::addColumn<int>("yellow");
        QTest::addColumn<int>("normalGreen");
        QTest::addColumn<int>("normalYellow");
        QTest::addColumn<int>("levelOf70");

        QTest::newRow("defaults") << 80 << 60 << 80 << 60 << int(HealthLevel::Yellow);
        QTest::newRow("custom") << 70 << 50 << 70 << 50 << int(HealthLevel::Green);
        QTest::newRow("swapped") << 60 << 80 << 80 << 60 << int(HealthLevel::Yellow);
        QTest::newRow("out of range") << 120 << -5 << 100 << 0 << int(HealthLevel::Yellow);
        QTest::newRow("swapped and out of range")
            << -10 << 150 << 100 << 0 << int(HealthLevel::Yellow);
        QTest::newRow("equal") << 75 << 75 << 75 << 75 << int(HealthLevel::Red);
    }

    void thresholds()
    {
        QFETCH(int, green);
        QFETCH(int, yellow);
        QFETCH(int, normalGreen);
        QFETCH(int, normalYellow);
        QFETCH(int, levelOf70);

        const HealthThresholds t {green, yellow};
        QCOMPARE(t.normalized(), (HealthThresholds {normalGreen, normalYellow}));
        QCOMPARE(int(healthLevel(70, t)), levelOf70);
        const HealthScore h = healthScore(components(QStringLiteral("a:100:70")), t);
        QCOMPARE(int(h.level.value()), levelOf70);
        QCOMPARE(h.thresholds, (HealthThresholds {normalGreen, normalYellow}));
    }

    void planUsesItsHeaderThresholds()
    {
        Plan plan;
        plan.healthComponents = components(QStringLiteral("a:30:90 b:30:70 c:20:80 d:20:100"));
        QCOMPARE(healthScore(plan).level.value(), HealthLevel::Green); // 84 >= 80
        plan.header.healthGreenMin = 90;
        plan.header.healthYellowMin = 85;
        QCOMPARE(healthScore(plan).score.value(), 84.0);
        QCOMPARE(healthScore(plan).level.value(), HealthLevel::Red); // 84 < 85
    }
};

QTEST_APPLESS_MAIN(TestHealthScore)
#include "tst_healthscore.moc"
