// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/change.h"
#include "model/plan.h"
#include "rules/fieldvalidator.h"

#include <QTest>

using namespace accord;

namespace {

template<typename Row> Row &added(std::vector<Row> &rows, qint64 id)
{
    Row row;
    row.id.value = id;
    rows.push_back(row);
    return rows.back();
}

// A consistent plan with one row in every table the rules look at (ids 1, metric 2).
Plan basePlan()
{
    Plan p;
    p.id = PlanId(1);
    p.account.id = AccountId(1);
    p.account.company = QStringLiteral("Initech");
    p.account.contractStart = QDate(2024, 1, 1);
    Metric &m1 = added(p.metrics, 1);
    m1.baselineDate = QDate(2026, 3, 1);
    m1.targetDate = QDate(2026, 12, 31);
    added(p.metrics, 2).baselineDate = QDate(2026, 9, 1);
    InterimTarget &interim = added(p.interimTargets, 1);
    interim.metric = MetricId(1);
    interim.date = QDate(2026, 6, 1);
    Milestone &milestone = added(p.milestones, 1);
    milestone.start = QDate(2024, 3, 1);
    milestone.targetDate = QDate(2024, 5, 1);
    added(p.healthComponents, 1);
    added(p.stakeholders, 1);
    added(p.opportunities, 1);
    added(p.roiLines, 1);
    added(p.roiPeriods, 1);
    added(p.featureImportance, 1);
    added(p.onboardingSteps, 1);
    added(p.userGroups, 1);
    added(p.agendaItems, 1);
    added(p.glossary, 1);
    added(p.phases, 1);
    added(p.reviews, 1);
    return p;
}

QVariant money(qint64 minor, const QString &currency)
{
    return QVariant::fromValue(Money {minor, currency});
}

QString checked(const Plan &plan, const Change &change)
{
    return FieldValidator::check(plan, change).value_or(QString());
}

} // namespace

class TestFieldValidator : public QObject {
    Q_OBJECT

private slots:
    void setValue_data();
    void setValue();
    void insertRow_data();
    void insertRow();
    void unrelatedEditOfInconsistentRowIsAccepted();
    void structuralFaultsAreLeftToApplyTo();
    void problemsOfExistingRow();
};

void TestFieldValidator::setValue_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("refusal"); // empty: accepted

    const auto row = [](const char *name, const char *table, const char *field,
                         const QVariant &value, const QString &refusal = {}) {
        QTest::newRow(name) << QString::fromLatin1(table) << QString::fromLatin1(field) << value
                            << refusal;
    };
    const QVariant none;

    // percentages
    row("weight 0", "health_component", "weight", 0);
    row("weight 100", "health_component", "weight", 100);
    row("weight -1", "health_component", "weight", -1,
        u"Weight must be between 0 and 100 %; -1 is not."_qs);
    row("weight 101", "health_component", "weight", 101,
        u"Weight must be between 0 and 100 %; 101 is not."_qs);
    row("weight 120", "health_component", "weight", 120,
        u"Weight must be between 0 and 100 %; 120 is not."_qs);
    row("probability unset", "opportunity", "probability", none);
    row("probability 100", "opportunity", "probability", 100);
    row("probability 101", "opportunity", "probability", 101,
        u"Probability must be between 0 and 100 %; 101 is not."_qs);
    row("upgrade 0", "plan", "upgrade_percent", 0.0);
    row("upgrade 100.5", "plan", "upgrade_percent", 100.5,
        u"Upgrade % must be between 0 and 100 %; 100.5 is not."_qs);
    row("expansion -0.5", "plan", "expansion_percent", -0.5,
        u"Expansion % must be between 0 and 100 %; -0.5 is not."_qs);
    row("expansion 100", "plan", "expansion_percent", 100.0);

    // scores and thresholds (base: green 80, yellow 60)
    row("score 0", "health_component", "score", 0);
    row("score 100", "health_component", "score", 100);
    row("score -1", "health_component", "score", -1,
        u"Current score must be between 0 and 100; -1 is not."_qs);
    row("score 101", "health_component", "score", 101,
        u"Current score must be between 0 and 100; 101 is not."_qs);
    row("score unset", "health_component", "score", none);
    row("green 100", "plan", "health_green_min", 100);
    row("green 101", "plan", "health_green_min", 101,
        u"Healthy from score must be between 0 and 100; 101 is not."_qs);
    row("yellow 0", "plan", "health_yellow_min", 0);
    row("yellow -1", "plan", "health_yellow_min", -1,
        u"At risk from score must be between 0 and 100; -1 is not."_qs);
    row("yellow equal to green", "plan", "health_yellow_min", 80);
    row("yellow above green", "plan", "health_yellow_min", 81,
        u"The at-risk threshold (81) is above the healthy threshold (80)."_qs);
    row("green below yellow", "plan", "health_green_min", 59,
        u"The at-risk threshold (60) is above the healthy threshold (59)."_qs);

    // other bounded numbers
    row("importance 1", "feature_importance", "importance", 1);
    row("importance 5", "feature_importance", "importance", 5);
    row("importance 0", "feature_importance", "importance", 0,
        u"Importance (1–5) must be between 1 and 5; 0 is not."_qs);
    row("importance 6", "feature_importance", "importance", 6,
        u"Importance (1–5) must be between 1 and 5; 6 is not."_qs);
    row("nps -100", "plan", "nps", -100);
    row("nps 100", "plan", "nps", 100);
    row("nps -101", "plan", "nps", -101, u"NPS must be between -100 and 100; -101 is not."_qs);
    row("nps 101", "plan", "nps", 101, u"NPS must be between -100 and 100; 101 is not."_qs);
    row("seats 0", "account", "seats", 0);
    row("seats -1", "account", "seats", -1,
        u"Seats purchased cannot be negative; -1 is not allowed."_qs);
    row("users 0", "user_group", "users", 0);
    row("users -1", "user_group", "users", -1,
        u"Number of users cannot be negative; -1 is not allowed."_qs);
    row("scope 1", "plan", "scope_months", 1);
    row("scope 0", "plan", "scope_months", 0, u"Scope (months) must be at least 1; 0 is not."_qs);
    row("qbr 1", "plan", "qbr_minutes", 1);
    row("qbr 0", "plan", "qbr_minutes", 0,
        u"QBR duration (minutes) must be at least 1; 0 is not."_qs);
    row("agenda 0", "agenda_item", "minutes", 0);
    row("agenda -1", "agenda_item", "minutes", -1,
        u"Duration (minutes) cannot be negative; -1 is not allowed."_qs);
    row("step day 0", "onboarding_step", "day", 0);
    row("step day -1", "onboarding_step", "day", -1,
        u"Day cannot be negative; -1 is not allowed."_qs);
    row("interim day -1", "interim_target", "day_offset", -1,
        u"Day cannot be negative; -1 is not allowed."_qs);
    row("roi month -1", "roi_period", "month", -1,
        u"Month cannot be negative; -1 is not allowed."_qs);

    // e-mail
    row("email empty", "stakeholder", "email", u""_qs);
    row("email valid", "stakeholder", "email", u"jane.doe+csm@mail.example.com"_qs);
    row("email no domain", "stakeholder", "email", u"jane@"_qs,
        u"\"jane@\" is not a valid e-mail address."_qs);
    row("email no local part", "stakeholder", "email", u"@example.com"_qs,
        u"\"@example.com\" is not a valid e-mail address."_qs);
    row("email no dot", "stakeholder", "email", u"jane@example"_qs,
        u"\"jane@example\" is not a valid e-mail address."_qs);
    row("email two @", "stakeholder", "email", u"jane@@example.com"_qs,
        u"\"jane@@example.com\" is not a valid e-mail address."_qs);
    row("email space", "stakeholder", "email", u"jane doe@example.com"_qs,
        u"\"jane doe@example.com\" is not a valid e-mail address."_qs);
    row("email empty label", "stakeholder", "email", u"jane@example..com"_qs,
        u"\"jane@example..com\" is not a valid e-mail address."_qs);
    row("email trailing dot", "stakeholder", "email", u"jane@example.com."_qs,
        u"\"jane@example.com.\" is not a valid e-mail address."_qs);

    // money
    row("money unset", "roi_line", "annual_value", money(0, {}));
    row("money zero", "roi_line", "annual_value", money(0, u"USD"_qs));
    row("money negative", "roi_line", "annual_value", money(-500000, u"USD"_qs),
        u"Annual value cannot be negative; -$5,000 is not allowed."_qs);
    row("arr negative", "account", "arr", money(-1, u"GBP"_qs),
        u"Annual recurring revenue cannot be negative; -£0.01 is not allowed."_qs);
    row("investment negative", "roi_period", "investment", money(-100, u"EUR"_qs),
        u"Investment cannot be negative; -€1 is not allowed."_qs);
    row("benefits negative", "roi_period", "benefits", money(-100, u"CHF"_qs),
        u"Benefits cannot be negative; -1 CHF is not allowed."_qs);
    row("opportunity negative", "opportunity", "value", money(-100, {}),
        u"Potential value cannot be negative; -1 is not allowed."_qs);
    row("currency lower case", "roi_line", "annual_value", money(100, u"usd"_qs),
        u"The currency of Annual value must be three capital letters such as USD or EUR; \"usd\" is not."_qs);
    row("currency too short", "account", "arr", money(100, u"US"_qs),
        u"The currency of Annual recurring revenue must be three capital letters such as USD or EUR; \"US\" is not."_qs);
    row("currency too long", "opportunity", "value", money(100, u"EURO"_qs),
        u"The currency of Potential value must be three capital letters such as USD or EUR; \"EURO\" is not."_qs);
    row("currency valid", "opportunity", "value", money(100, u"EUR"_qs));

    // text length
    row("text at limit", "glossary_entry", "term", QString(10000, u'x'));
    row("text too long", "glossary_entry", "term", QString(10001, u'x'),
        u"Term is too long: 10001 characters, at most 10000 are allowed."_qs);
    row("long text at limit", "account", "overview", QString(100000, u'x'));
    row("long text too long", "account", "overview", QString(100001, u'x'),
        u"Company overview is too long: 100001 characters, at most 100000 are allowed."_qs);
    row("list item too long", "phase", "activities", QStringList {u"ok"_qs, QString(10001, u'x')},
        u"Activities is too long: 10001 characters, at most 10000 are allowed."_qs);

    // characters: tabs and line breaks, never other controls
    row("tab and line break", "account", "overview", u"a\tb\nc"_qs);
    row("bell", "glossary_entry", "term", u"ding\x07"_qs,
        u"Term contains an invisible control character (U+0007) at character 5; texts may hold "
        "tabs and line breaks but no other control characters."_qs);
    row("escape", "account", "overview", u"\x1b[2J"_qs,
        u"Company overview contains an invisible control character (U+001B) at character 1; texts "
        "may hold tabs and line breaks but no other control characters."_qs);
    row("nul in a list", "phase", "activities", QStringList {u"ok"_qs, QString(QChar(0))},
        u"Activities contains an invisible control character (U+0000) at character 1; texts may "
        "hold tabs and line breaks but no other control characters."_qs);
    row("delete", "glossary_entry", "term", u"x\x7f"_qs,
        u"Term contains an invisible control character (U+007F) at character 2; texts may hold "
        "tabs and line breaks but no other control characters."_qs);
    row("carriage return", "glossary_entry", "term", u"a\rb"_qs,
        u"Term contains an invisible control character (U+000D) at character 2; texts may hold "
        "tabs and line breaks but no other control characters."_qs);
    row("emoji", "glossary_entry", "term", u"ok 😀"_qs);
    row("half a surrogate pair", "glossary_entry", "term", QString(QChar(0xd83d)),
        u"Term contains an invisible control character (U+D83D) at character 1; texts may hold "
        "tabs and line breaks but no other control characters."_qs);

    // required names
    row("company emptied", "account", "company", u"  "_qs, u"Company cannot be empty."_qs);
    row("company renamed", "account", "company", u"Initrode"_qs);

    // date range
    row("date 1900-01-01", "review", "date", QDate(1900, 1, 1));
    row("date 2200-12-31", "review", "date", QDate(2200, 12, 31));
    row("date 1899-12-31", "review", "date", QDate(1899, 12, 31),
        u"Date must be between 1900-01-01 and 2200-12-31; 1899-12-31 is not."_qs);
    row("date 2201-01-01", "review", "date", QDate(2201, 1, 1),
        u"Date must be between 1900-01-01 and 2200-12-31; 2201-01-01 is not."_qs);
    row("date unset", "review", "date", none);

    // date order
    row("metric target before baseline", "metric", "target_date", QDate(2026, 1, 1),
        u"The target date (2026-01-01) is before the baseline date (2026-03-01)."_qs);
    row("metric target equals baseline", "metric", "target_date", QDate(2026, 3, 1));
    row("metric baseline after target", "metric", "baseline_date", QDate(2027, 1, 1),
        u"The target date (2026-12-31) is before the baseline date (2027-01-01)."_qs);
    row("metric baseline after interim", "metric", "baseline_date", QDate(2026, 7, 1),
        u"The interim target date (2026-06-01) is before the metric's baseline date (2026-07-01)."_qs);
    row("metric baseline equals interim", "metric", "baseline_date", QDate(2026, 6, 1));
    row("metric baseline unset", "metric", "baseline_date", none);
    row("milestone target before start", "milestone", "target_date", QDate(2024, 2, 29),
        u"The target date (2024-02-29) is before the start date (2024-03-01)."_qs);
    row("milestone target equals start", "milestone", "target_date", QDate(2024, 3, 1));
    row("milestone actual before start", "milestone", "actual_date", QDate(2024, 2, 1),
        u"The actual date (2024-02-01) is before the start date (2024-03-01)."_qs);
    row("milestone actual equals start", "milestone", "actual_date", QDate(2024, 3, 1));
    row("milestone start after target", "milestone", "start_date", QDate(2024, 6, 1),
        u"The target date (2024-05-01) is before the start date (2024-06-01)."_qs);
    row("renewal before contract start", "account", "renewal_date", QDate(2023, 12, 31),
        u"The renewal date (2023-12-31) is before the contract start (2024-01-01)."_qs);
    row("renewal as ISO text", "account", "renewal_date", u"2023-12-31"_qs,
        u"The renewal date (2023-12-31) is before the contract start (2024-01-01)."_qs);
    row("renewal equals contract start", "account", "renewal_date", QDate(2024, 1, 1));
    row("interim before baseline", "interim_target", "date", QDate(2026, 2, 28),
        u"The interim target date (2026-02-28) is before the metric's baseline date (2026-03-01)."_qs);
    row("interim equals baseline", "interim_target", "date", QDate(2026, 3, 1));
    row("interim moved to later metric", "interim_target", "metric_id", 2,
        u"The interim target date (2026-06-01) is before the metric's baseline date (2026-09-01)."_qs);
}

void TestFieldValidator::setValue()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, refusal);

    const Plan plan = basePlan();
    const Change change = Change::setValue(table, 1, field, value);
    QCOMPARE(checked(plan, change), refusal);
    if (refusal.isEmpty()) {
        Plan after = plan;
        QCOMPARE(change.applyTo(after), std::nullopt); // accepted values are applicable
    }
}

void TestFieldValidator::insertRow_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QVariantMap>("values"); // over the table's default row
    QTest::addColumn<int>("truncateTo"); // -1: every value given
    QTest::addColumn<QString>("refusal");

    QTest::newRow("default milestone") << u"milestone"_qs << QVariantMap {} << -1 << QString();
    QTest::newRow("milestone target before start")
        << u"milestone"_qs
        << QVariantMap {{u"start_date"_qs, QDate(2024, 3, 1)},
               {u"target_date"_qs, QDate(2024, 2, 1)}}
        << -1 << u"The target date (2024-02-01) is before the start date (2024-03-01)."_qs;
    QTest::newRow("stakeholder bad email")
        << u"stakeholder"_qs << QVariantMap {{u"name"_qs, u"Jane"_qs}, {u"email"_qs, u"jane@"_qs}}
        << -1 << u"\"jane@\" is not a valid e-mail address."_qs;
    QTest::newRow("health component weight 120")
        << u"health_component"_qs << QVariantMap {{u"weight"_qs, 120}} << -1
        << u"Weight must be between 0 and 100 %; 120 is not."_qs;
    QTest::newRow("first problem in field order")
        << u"health_component"_qs << QVariantMap {{u"weight"_qs, 120}, {u"score"_qs, 101}} << -1
        << u"Weight must be between 0 and 100 %; 120 is not."_qs;
    QTest::newRow("interim before baseline")
        << u"interim_target"_qs
        << QVariantMap {{u"metric_id"_qs, 1}, {u"date"_qs, QDate(2026, 1, 1)}} << -1
        << u"The interim target date (2026-01-01) is before the metric's baseline date (2026-03-01)."_qs;
    QTest::newRow("negative investment")
        << u"roi_period"_qs << QVariantMap {{u"investment"_qs, money(-100, u"USD"_qs)}} << -1
        << u"Investment cannot be negative; -$1 is not allowed."_qs;
    QTest::newRow("only the first values given")
        << u"milestone"_qs << QVariantMap {} << 3 << QString();
}

void TestFieldValidator::insertRow()
{
    QFETCH(QString, table);
    QFETCH(QVariantMap, values);
    QFETCH(int, truncateTo);
    QFETCH(QString, refusal);

    const Plan plan = basePlan();
    const PlanTable *t = findPlanTable(table);
    QVERIFY(t);
    RowData row = t->defaultRow(t->nextRowId(plan));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int f = t->fieldIndex(it.key());
        QVERIFY2(f >= 0, qPrintable(it.key()));
        row.values[f] = it.value();
    }
    if (truncateTo >= 0)
        row.values.resize(truncateTo);
    QCOMPARE(checked(plan, Change::insertRow(table, 0, row)), refusal);
}

void TestFieldValidator::unrelatedEditOfInconsistentRowIsAccepted()
{
    Plan plan = basePlan();
    plan.milestones.front().targetDate = QDate(2024, 1, 1); // before its start
    QCOMPARE(
        checked(plan, Change::setValue(u"milestone"_qs, 1, u"name"_qs, u"Go live"_qs)), QString());
    QCOMPARE(
        checked(plan, Change::setValue(u"milestone"_qs, 1, u"actual_date"_qs, QDate(2024, 4, 1))),
        QString());
    QCOMPARE(
        checked(plan, Change::setValue(u"milestone"_qs, 1, u"target_date"_qs, QDate(2024, 2, 1))),
        u"The target date (2024-02-01) is before the start date (2024-03-01)."_qs);
}

void TestFieldValidator::structuralFaultsAreLeftToApplyTo()
{
    const Plan plan = basePlan();
    QCOMPARE(checked(plan, Change::setValue(u"nowhere"_qs, 1, u"x"_qs, 1)), QString());
    QCOMPARE(checked(plan, Change::setValue(u"milestone"_qs, 1, u"nothing"_qs, 1)), QString());
    QCOMPARE(checked(plan, Change::setValue(u"milestone"_qs, 99, u"name"_qs, u"x"_qs)), QString());
    QCOMPARE(checked(plan, Change::setValue(u"health_component"_qs, 1, u"weight"_qs, u"120"_qs)),
        QString());
    QCOMPARE(checked(plan, Change::removeRow(u"milestone"_qs, 1)), QString());
    QCOMPARE(checked(plan, Change::moveRow(u"milestone"_qs, 1, 0)), QString());
}

void TestFieldValidator::problemsOfExistingRow()
{
    Plan plan = basePlan();
    Milestone &m = plan.milestones.front();
    m.targetDate = QDate(2024, 1, 1);
    m.actualDate = QDate(2024, 2, 1);
    const auto problems = FieldValidator::problemsOf(plan, *findPlanTable(u"milestone"), 0);
    const std::vector<ValueProblem> expected {
        {u"date-order"_qs, u"target_date"_qs,
            u"The target date (2024-01-01) is before the start date (2024-03-01)."_qs},
        {u"date-order"_qs, u"actual_date"_qs,
            u"The actual date (2024-02-01) is before the start date (2024-03-01)."_qs},
    };
    QVERIFY(problems == expected);
    QVERIFY(FieldValidator::problemsOf(plan, *findPlanTable(u"milestone"), 1).empty());
    QVERIFY(FieldValidator::problemsOf(basePlan(), accountTable(), 0).empty());
}

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
