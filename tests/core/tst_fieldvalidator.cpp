// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/change.h"
#include "model/plan.h"
#include "rules/fieldvalidator.h"

#include <QTest>

using namespace accord;

using Values = std::vector<std::pair<FieldRef, QVariant>>;
Q_DECLARE_METATYPE(const accord::PlanTable *)
Q_DECLARE_METATYPE(Values)

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
    const Result<void> result = FieldValidator::check(plan, change);
    return result ? QString() : result.error();
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
    void valuesOfTheWrongTypeAreRefused();
    void problemsOfExistingRow();
};

void TestFieldValidator::setValue_data()
{
    QTest::addColumn<FieldRef>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("refusal"); // empty: accepted

    const auto row
        = [](const char *name, FieldRef field, const QVariant &value, const QString &refusal = {}) {
              QTest::newRow(name) << field << value << refusal;
          };
    const QVariant none;

    // percentages
    row("weight 0", fieldOf<&HealthComponent::weight>(), 0);
    row("weight 100", fieldOf<&HealthComponent::weight>(), 100);
    row("weight -1", fieldOf<&HealthComponent::weight>(), -1,
        u"Weight must be between 0 and 100 %; -1 is not."_qs);
    row("weight 101", fieldOf<&HealthComponent::weight>(), 101,
        u"Weight must be between 0 and 100 %; 101 is not."_qs);
    row("weight 120", fieldOf<&HealthComponent::weight>(), 120,
        u"Weight must be between 0 and 100 %; 120 is not."_qs);
    row("probability unset", fieldOf<&Opportunity::probability>(), none);
    row("probability 100", fieldOf<&Opportunity::probability>(), 100);
    row("probability 101", fieldOf<&Opportunity::probability>(), 101,
        u"Probability must be between 0 and 100 %; 101 is not."_qs);
    row("upgrade 0", fieldOf<&PlanHeader::upgradePercent>(), 0.0);
    row("upgrade 100.5", fieldOf<&PlanHeader::upgradePercent>(), 100.5,
        u"Upgrade % must be between 0 and 100 %; 100.5 is not."_qs);
    row("expansion -0.5", fieldOf<&PlanHeader::expansionPercent>(), -0.5,
        u"Expansion % must be between 0 and 100 %; -0.5 is not."_qs);
    row("expansion 100", fieldOf<&PlanHeader::expansionPercent>(), 100.0);

    // scores and thresholds (base: green 80, yellow 60)
    row("score 0", fieldOf<&HealthComponent::score>(), 0);
    row("score 100", fieldOf<&HealthComponent::score>(), 100);
    row("score -1", fieldOf<&HealthComponent::score>(), -1,
        u"Current score must be between 0 and 100; -1 is not."_qs);
    row("score 101", fieldOf<&HealthComponent::score>(), 101,
        u"Current score must be between 0 and 100; 101 is not."_qs);
    row("score unset", fieldOf<&HealthComponent::score>(), none);
    row("green 100", fieldOf<&PlanHeader::healthGreenMin>(), 100);
    row("green 101", fieldOf<&PlanHeader::healthGreenMin>(), 101,
        u"Healthy from score must be between 0 and 100; 101 is not."_qs);
    row("yellow 0", fieldOf<&PlanHeader::healthYellowMin>(), 0);
    row("yellow -1", fieldOf<&PlanHeader::healthYellowMin>(), -1,
        u"At risk from score must be between 0 and 100; -1 is not."_qs);
    row("yellow equal to green", fieldOf<&PlanHeader::healthYellowMin>(), 80);
    row("yellow above green", fieldOf<&PlanHeader::healthYellowMin>(), 81,
        u"The at-risk threshold (81) is above the healthy threshold (80)."_qs);
    row("green below yellow", fieldOf<&PlanHeader::healthGreenMin>(), 59,
        u"The at-risk threshold (60) is above the healthy threshold (59)."_qs);

    // other bounded numbers
    row("importance 1", fieldOf<&FeatureImportance::importance>(), 1);
    row("importance 5", fieldOf<&FeatureImportance::importance>(), 5);
    row("importance 0", fieldOf<&FeatureImportance::importance>(), 0,
        u"Importance (1–5) must be between 1 and 5; 0 is not."_qs);
    row("importance 6", fieldOf<&FeatureImportance::importance>(), 6,
        u"Importance (1–5) must be between 1 and 5; 6 is not."_qs);
    row("nps -100", fieldOf<&PlanHeader::nps>(), -100);
    row("nps 100", fieldOf<&PlanHeader::nps>(), 100);
    row("nps -101", fieldOf<&PlanHeader::nps>(), -101,
        u"NPS must be between -100 and 100; -101 is not."_qs);
    row("nps 101", fieldOf<&PlanHeader::nps>(), 101,
        u"NPS must be between -100 and 100; 101 is not."_qs);
    row("seats 0", fieldOf<&Account::seats>(), 0);
    row("seats -1", fieldOf<&Account::seats>(), -1,
        u"Seats purchased cannot be negative; -1 is not allowed."_qs);
    row("users 0", fieldOf<&UserGroup::users>(), 0);
    row("users -1", fieldOf<&UserGroup::users>(), -1,
        u"Number of users cannot be negative; -1 is not allowed."_qs);
    row("scope 1", fieldOf<&PlanHeader::scopeMonths>(), 1);
    row("scope 0", fieldOf<&PlanHeader::scopeMonths>(), 0,
        u"Scope (months) must be at least 1; 0 is not."_qs);
    row("qbr 1", fieldOf<&PlanHeader::qbrMinutes>(), 1);
    row("qbr 0", fieldOf<&PlanHeader::qbrMinutes>(), 0,
        u"QBR duration (minutes) must be at least 1; 0 is not."_qs);
    row("agenda 0", fieldOf<&AgendaItem::minutes>(), 0);
    row("agenda -1", fieldOf<&AgendaItem::minutes>(), -1,
        u"Duration (minutes) cannot be negative; -1 is not allowed."_qs);
    row("step day 0", fieldOf<&OnboardingStep::day>(), 0);
    row("step day -1", fieldOf<&OnboardingStep::day>(), -1,
        u"Day cannot be negative; -1 is not allowed."_qs);
    row("interim day -1", fieldOf<&InterimTarget::dayOffset>(), -1,
        u"Day cannot be negative; -1 is not allowed."_qs);
    row("roi month -1", fieldOf<&RoiPeriod::month>(), -1,
        u"Month cannot be negative; -1 is not allowed."_qs);

    // e-mail
    row("email empty", fieldOf<&Stakeholder::email>(), u""_qs);
    row("email valid", fieldOf<&Stakeholder::email>(), u"jane.doe+csm@mail.example.com"_qs);
    row("email no domain", fieldOf<&Stakeholder::email>(), u"jane@"_qs,
        u"\"jane@\" is not a valid e-mail address."_qs);
    row("email no local part", fieldOf<&Stakeholder::email>(), u"@example.com"_qs,
        u"\"@example.com\" is not a valid e-mail address."_qs);
    row("email no dot", fieldOf<&Stakeholder::email>(), u"jane@example"_qs,
        u"\"jane@example\" is not a valid e-mail address."_qs);
    row("email two @", fieldOf<&Stakeholder::email>(), u"jane@@example.com"_qs,
        u"\"jane@@example.com\" is not a valid e-mail address."_qs);
    row("email space", fieldOf<&Stakeholder::email>(), u"jane doe@example.com"_qs,
        u"\"jane doe@example.com\" is not a valid e-mail address."_qs);
    row("email empty label", fieldOf<&Stakeholder::email>(), u"jane@example..com"_qs,
        u"\"jane@example..com\" is not a valid e-mail address."_qs);
    row("email trailing dot", fieldOf<&Stakeholder::email>(), u"jane@example.com."_qs,
        u"\"jane@example.com.\" is not a valid e-mail address."_qs);

    // money
    row("money unset", fieldOf<&RoiLine::annualValue>(), money(0, {}));
    row("money zero", fieldOf<&RoiLine::annualValue>(), money(0, u"USD"_qs));
    row("money negative", fieldOf<&RoiLine::annualValue>(), money(-500000, u"USD"_qs),
        u"Annual value cannot be negative; -$5,000 is not allowed."_qs);
    row("arr negative", fieldOf<&Account::arr>(), money(-1, u"GBP"_qs),
        u"Annual recurring revenue cannot be negative; -£0.01 is not allowed."_qs);
    row("investment negative", fieldOf<&RoiPeriod::investment>(), money(-100, u"EUR"_qs),
        u"Investment cannot be negative; -€1 is not allowed."_qs);
    row("benefits negative", fieldOf<&RoiPeriod::benefits>(), money(-100, u"CHF"_qs),
        u"Benefits cannot be negative; -1 CHF is not allowed."_qs);
    row("opportunity negative", fieldOf<&Opportunity::value>(), money(-100, {}),
        u"Potential value cannot be negative; -1 is not allowed."_qs);
    row("currency lower case", fieldOf<&RoiLine::annualValue>(), money(100, u"usd"_qs),
        u"The currency of Annual value must be three capital letters such as USD or EUR; \"usd\" is not."_qs);
    row("currency too short", fieldOf<&Account::arr>(), money(100, u"US"_qs),
        u"The currency of Annual recurring revenue must be three capital letters such as USD or EUR; \"US\" is not."_qs);
    row("currency too long", fieldOf<&Opportunity::value>(), money(100, u"EURO"_qs),
        u"The currency of Potential value must be three capital letters such as USD or EUR; \"EURO\" is not."_qs);
    row("currency valid", fieldOf<&Opportunity::value>(), money(100, u"EUR"_qs));

    // text length
    row("text at limit", fieldOf<&GlossaryEntry::term>(), QString(10000, u'x'));
    row("text too long", fieldOf<&GlossaryEntry::term>(), QString(10001, u'x'),
        u"Term is too long: 10001 characters, at most 10000 are allowed."_qs);
    row("long text at limit", fieldOf<&Account::overview>(), QString(100000, u'x'));
    row("long text too long", fieldOf<&Account::overview>(), QString(100001, u'x'),
        u"Company overview is too long: 100001 characters, at most 100000 are allowed."_qs);
    row("list item too long", fieldOf<&Phase::activities>(),
        QStringList {u"ok"_qs, QString(10001, u'x')},
        u"Activities is too long: 10001 characters, at most 10000 are allowed."_qs);

    // characters: tabs and line breaks, never other controls
    row("tab and line break", fieldOf<&Account::overview>(), u"a\tb\nc"_qs);
    row("bell", fieldOf<&GlossaryEntry::term>(), u"ding\x07"_qs,
        u"Term contains an invisible control character (U+0007) at character 5; texts may hold "
        "tabs and line breaks but no other control characters."_qs);
    row("escape", fieldOf<&Account::overview>(), u"\x1b[2J"_qs,
        u"Company overview contains an invisible control character (U+001B) at character 1; texts "
        "may hold tabs and line breaks but no other control characters."_qs);
    row("nul in a list", fieldOf<&Phase::activities>(), QStringList {u"ok"_qs, QString(QChar(0))},
        u"Activities contains an invisible control character (U+0000) at character 1; texts may "
        "hold tabs and line breaks but no other control characters."_qs);
    row("delete", fieldOf<&GlossaryEntry::term>(), u"x\x7f"_qs,
        u"Term contains an invisible control character (U+007F) at character 2; texts may hold "
        "tabs and line breaks but no other control characters."_qs);
    row("carriage return", fieldOf<&GlossaryEntry::term>(), u"a\rb"_qs,
        u"Term contains an invisible control character (U+000D) at character 2; texts may hold "
        "tabs and line breaks but no other control characters."_qs);
    row("emoji", fieldOf<&GlossaryEntry::term>(), u"ok 😀"_qs);
    row("half a surrogate pair", fieldOf<&GlossaryEntry::term>(), QString(QChar(0xd83d)),
        u"Term contains an invisible control character (U+D83D) at character 1; texts may hold "
        "tabs and line breaks but no other control characters."_qs);

    // required names
    row("company emptied", fieldOf<&Account::company>(), u"  "_qs, u"Company cannot be empty."_qs);
    row("company renamed", fieldOf<&Account::company>(), u"Initrode"_qs);

    // date range
    row("date 1900-01-01", fieldOf<&Review::date>(), QDate(1900, 1, 1));
    row("date 2200-12-31", fieldOf<&Review::date>(), QDate(2200, 12, 31));
    row("date 1899-12-31", fieldOf<&Review::date>(), QDate(1899, 12, 31),
        u"Date must be between 1900-01-01 and 2200-12-31; 1899-12-31 is not."_qs);
    row("date 2201-01-01", fieldOf<&Review::date>(), QDate(2201, 1, 1),
        u"Date must be between 1900-01-01 and 2200-12-31; 2201-01-01 is not."_qs);
    row("date unset", fieldOf<&Review::date>(), none);

    // date order
    row("metric target before baseline", fieldOf<&Metric::targetDate>(), QDate(2026, 1, 1),
        u"The target date (2026-01-01) is before the baseline date (2026-03-01)."_qs);
    row("metric target equals baseline", fieldOf<&Metric::targetDate>(), QDate(2026, 3, 1));
    row("metric baseline after target", fieldOf<&Metric::baselineDate>(), QDate(2027, 1, 1),
        u"The target date (2026-12-31) is before the baseline date (2027-01-01)."_qs);
    row("metric baseline after interim", fieldOf<&Metric::baselineDate>(), QDate(2026, 7, 1),
        u"The interim target date (2026-06-01) is before the metric's baseline date (2026-07-01)."_qs);
    row("metric baseline equals interim", fieldOf<&Metric::baselineDate>(), QDate(2026, 6, 1));
    row("metric baseline unset", fieldOf<&Metric::baselineDate>(), none);
    row("milestone target before start", fieldOf<&Milestone::targetDate>(), QDate(2024, 2, 29),
        u"The target date (2024-02-29) is before the start date (2024-03-01)."_qs);
    row("milestone target equals start", fieldOf<&Milestone::targetDate>(), QDate(2024, 3, 1));
    row("milestone actual before start", fieldOf<&Milestone::actualDate>(), QDate(2024, 2, 1),
        u"The actual date (2024-02-01) is before the start date (2024-03-01)."_qs);
    row("milestone actual equals start", fieldOf<&Milestone::actualDate>(), QDate(2024, 3, 1));
    row("milestone start after target", fieldOf<&Milestone::start>(), QDate(2024, 6, 1),
        u"The target date (2024-05-01) is before the start date (2024-06-01)."_qs);
    row("renewal before contract start", fieldOf<&Account::renewalDate>(), QDate(2023, 12, 31),
        u"The renewal date (2023-12-31) is before the contract start (2024-01-01)."_qs);
    row("renewal as ISO text", fieldOf<&Account::renewalDate>(), u"2023-12-31"_qs,
        u"The renewal date (2023-12-31) is before the contract start (2024-01-01)."_qs);
    row("renewal equals contract start", fieldOf<&Account::renewalDate>(), QDate(2024, 1, 1));
    row("interim before baseline", fieldOf<&InterimTarget::date>(), QDate(2026, 2, 28),
        u"The interim target date (2026-02-28) is before the metric's baseline date (2026-03-01)."_qs);
    row("interim equals baseline", fieldOf<&InterimTarget::date>(), QDate(2026, 3, 1));
    row("interim moved to later metric", fieldOf<&InterimTarget::metric>(), 2,
        u"The interim target date (2026-06-01) is before the metric's baseline date (2026-09-01)."_qs);
}

void TestFieldValidator::setValue()
{
    QFETCH(FieldRef, field);
    QFETCH(QVariant, value);
    QFETCH(QString, refusal);

    const Plan plan = basePlan();
    const Change change = Change::set(field, 1, value);
    QCOMPARE(checked(plan, change), refusal);
    if (refusal.isEmpty()) {
        Plan after = plan;
        QVERIFY(change.applyTo(after)); // accepted values are applicable
    }
}

void TestFieldValidator::insertRow_data()
{
    QTest::addColumn<const PlanTable *>("table");
    QTest::addColumn<Values>("values"); // over the table's default row
    QTest::addColumn<int>("truncateTo"); // -1: every value given
    QTest::addColumn<QString>("refusal");

    QTest::newRow("default milestone") << &tableOf<Milestone>() << Values {} << -1 << QString();
    QTest::newRow("milestone target before start")
        << &tableOf<Milestone>()
        << Values {{fieldOf<&Milestone::start>(), QDate(2024, 3, 1)},
               {fieldOf<&Milestone::targetDate>(), QDate(2024, 2, 1)}}
        << -1 << u"The target date (2024-02-01) is before the start date (2024-03-01)."_qs;
    QTest::newRow("stakeholder bad email") << &tableOf<Stakeholder>()
                                           << Values {{fieldOf<&Stakeholder::name>(), u"Jane"_qs},
                                                  {fieldOf<&Stakeholder::email>(), u"jane@"_qs}}
                                           << -1 << u"\"jane@\" is not a valid e-mail address."_qs;
    QTest::newRow("health component weight 120")
        << &tableOf<HealthComponent>() << Values {{fieldOf<&HealthComponent::weight>(), 120}} << -1
        << u"Weight must be between 0 and 100 %; 120 is not."_qs;
    QTest::newRow("first problem in field order")
        << &tableOf<HealthComponent>()
        << Values {{fieldOf<&HealthComponent::weight>(), 120},
               {fieldOf<&HealthComponent::score>(), 101}}
        << -1 << u"Weight must be between 0 and 100 %; 120 is not."_qs;
    QTest::newRow("interim before baseline")
        << &tableOf<InterimTarget>()
        << Values {{fieldOf<&InterimTarget::metric>(), 1},
               {fieldOf<&InterimTarget::date>(), QDate(2026, 1, 1)}}
        << -1
        << u"The interim target date (2026-01-01) is before the metric's baseline date (2026-03-01)."_qs;
    QTest::newRow("negative investment")
        << &tableOf<RoiPeriod>()
        << Values {{fieldOf<&RoiPeriod::investment>(), money(-100, u"USD"_qs)}} << -1
        << u"Investment cannot be negative; -$1 is not allowed."_qs;
    QTest::newRow("only the first values given")
        << &tableOf<Milestone>() << Values {} << 3 << QString();
}

void TestFieldValidator::insertRow()
{
    QFETCH(const PlanTable *, table);
    QFETCH(Values, values);
    QFETCH(int, truncateTo);
    QFETCH(QString, refusal);

    const Plan plan = basePlan();
    RowData row = table->defaultRow(table->nextRowId(plan));
    for (const auto &[field, value] : values)
        row.values[field.index] = value;
    if (truncateTo >= 0)
        row.values.resize(truncateTo);
    QCOMPARE(checked(plan, Change::insert(*table, 0, row)), refusal);
}

void TestFieldValidator::unrelatedEditOfInconsistentRowIsAccepted()
{
    Plan plan = basePlan();
    plan.milestones.front().targetDate = QDate(2024, 1, 1); // before its start
    QCOMPARE(checked(plan, Change::set<&Milestone::name>(1, u"Go live"_qs)), QString());
    QCOMPARE(checked(plan, Change::set<&Milestone::actualDate>(1, QDate(2024, 4, 1))), QString());
    QCOMPARE(checked(plan, Change::set<&Milestone::targetDate>(1, QDate(2024, 2, 1))),
        u"The target date (2024-02-01) is before the start date (2024-03-01)."_qs);
}

void TestFieldValidator::structuralFaultsAreLeftToApplyTo()
{
    const Plan plan = basePlan();
    const PlanTable &milestones = tableOf<Milestone>();
    QCOMPARE(checked(plan, Change::set({&milestones, 99}, 1, 1)), QString());
    QCOMPARE(checked(plan, Change::set<&Milestone::name>(99, u"x"_qs)), QString());
    QCOMPARE(checked(plan, Change::remove(milestones, 1)), QString());
    QCOMPARE(checked(plan, Change::move(milestones, 1, 0)), QString());
    QVERIFY(!Change::set({&milestones, 99}, 1, 1).check(plan));
    QVERIFY(!Change::set<&Milestone::name>(99, u"x"_qs).check(plan));
}

// A value the field cannot hold at all is refused, by the validator as by applyTo.
void TestFieldValidator::valuesOfTheWrongTypeAreRefused()
{
    const Plan plan = basePlan();
    QCOMPARE(checked(plan, Change::set(fieldOf<&HealthComponent::weight>(), 1, u"120"_qs)),
        u"120 is not a valid value for Weight."_qs);
    QCOMPARE(checked(plan, Change::set(fieldOf<&Milestone::targetDate>(), 1, u"someday"_qs)),
        u"someday is not a valid value for Target date."_qs);
}

void TestFieldValidator::problemsOfExistingRow()
{
    Plan plan = basePlan();
    Milestone &m = plan.milestones.front();
    m.targetDate = QDate(2024, 1, 1);
    m.actualDate = QDate(2024, 2, 1);
    const auto problems = FieldValidator::problemsOf(plan, tableOf<Milestone>(), 0);
    const std::vector<ValueProblem> expected {
        {u"date-order"_qs, fieldOf<&Milestone::targetDate>(),
            u"The target date (2024-01-01) is before the start date (2024-03-01)."_qs},
        {u"date-order"_qs, fieldOf<&Milestone::actualDate>(),
            u"The actual date (2024-02-01) is before the start date (2024-03-01)."_qs},
    };
    QVERIFY(problems == expected);
    QVERIFY(FieldValidator::problemsOf(plan, tableOf<Milestone>(), 1).empty());
    QVERIFY(FieldValidator::problemsOf(basePlan(), accountTable(), 0).empty());
}

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
