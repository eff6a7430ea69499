// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/testdata.h"
#include "clitestsupport.h"
#include "io/planio.h"
#include "model/plantable.h"
#include "storage/sqliteworkspace.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using test::runAccord;

// `accord templates`, `new` and `save-template`: every built-in template makes a
// plan with the template's content, and a plan saved as a template makes new plans.
class TestTemplateCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun accord(const QStringList &args) const { return runAccord(args, m_dir.path()); }

    static QByteArray templateFile(const QString &key)
    {
        return test::readAll(
            QStringLiteral(ACCORD_SOURCE_DIR "/resources/templates/%1.yaml").arg(key));
    }

    // The plan's export in format, read back.
    QByteArray exported(const QString &plan, const QString &format, const QString &workspace)
    {
        const QString out = QStringLiteral("%1-%2.%3").arg(workspace, plan, format);
        const test::CliRun run = accord({QStringLiteral("export"), plan, QStringLiteral("--format"),
            format, QStringLiteral("-o"), out, QStringLiteral("--workspace"), workspace});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return test::readAll(path(out));
    }

    static QStringList failedChecks(const YAML::Node &root, const QStringList &expectations)
    {
        QStringList problems;
        for (const QString &e : expectations) {
            if (const QString problem = test::checkAt(root, e); !problem.isEmpty())
                problems << problem;
        }
        return problems;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyTemplateMakesAPlan_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expectations");
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QTest::newRow("outcome-based")
            << QStringLiteral("outcome-based") << QStringLiteral("Outcome-based success plan")
            << QStringList {QStringLiteral("plan.format=outcome_based"),
                   QStringLiteral("plan.review_cadence=quarterly"),
                   QStringLiteral("plan.scope_months=12"), QStringLiteral("outcomes#3"),
                   QStringLiteral("outcomes[2].milestones#3"),
                   QStringLiteral("outcomes[0].baseline.metric=Process time"),
                   QStringLiteral("risks#4"), QStringLiteral("review_history#0"),
                   QStringLiteral("qbr.agenda#5"),
                   QStringLiteral("qbr.agenda[0].topic=Success Plan Progress Review")};
        QTest::newRow("joint-success")
            << QStringLiteral("joint-success") << QStringLiteral("Joint success plan")
            << QStringList {QStringLiteral("phases#4"),
                   QStringLiteral("phases[3].name=Renew & Expand"), QStringLiteral("milestones#16"),
                   QStringLiteral("milestones[0].owner=IT contact"),
                   QStringLiteral("milestones[15].name=Expansion or flat renewal signed"),
                   QStringLiteral("leading_indicators#3"), QStringLiteral("commitments#11"),
                   QStringLiteral("commitments[10].side=customer"),
                   QStringLiteral("stakeholders.customer[0].type=champion"),
                   QStringLiteral("risks[1].description=Champion changes role"),
                   QStringLiteral("risks[1].likelihood=low"), QStringLiteral("touchpoints#4"),
                   QStringLiteral("escalation_rules[3].owner=CSM")};
        QTest::newRow("full-onboarding")
            << QStringLiteral("full-onboarding") << QStringLiteral("Full onboarding plan")
            << QStringList {QStringLiteral("phases#5"),
                   QStringLiteral(
                       "phases[4].deliverable=Full ROI validated, success story documented"),
                   QStringLiteral("milestones#27"),
                   QStringLiteral("milestones[26].phase=Value Realization"),
                   QStringLiteral("metrics#7"), QStringLiteral("metrics[3].interim_targets#3"),
                   QStringLiteral("metrics[3].interim_targets[2].day_offset=90"),
                   QStringLiteral("integrations#4"), QStringLiteral("data_migrations#5"),
                   QStringLiteral("custom_configurations#3"), QStringLiteral("user_groups#4"),
                   QStringLiteral("training_sessions#5"), QStringLiteral("adoption_metrics#4"),
                   QStringLiteral("touchpoints#5"), QStringLiteral("ad_hoc_rules#4"),
                   QStringLiteral("escalation_rules[3].path=CEO/COO"),
                   QStringLiteral("health_components[1].weight=30"),
                   QStringLiteral("health_components[3].weight=20"),
                   QStringLiteral("plan.red_action=Executive engagement, recovery plan"),
                   QStringLiteral("roi_lines#4"), QStringLiteral("glossary_entries#6"),
                   QStringLiteral("related_documents#5"),
                   QStringLiteral("history_entries[0].version=1.0"),
                   QStringLiteral("history_entries[0].date=") + today};
        QTest::newRow("persona-flows")
            << QStringLiteral("persona-flows") << QStringLiteral("Personas and onboarding flows")
            << QStringList {QStringLiteral("personas#3"),
                   QStringLiteral("personas[1].expectations#4"),
                   QStringLiteral("personas[2].feature_importance#4"),
                   QStringLiteral("personas[0].key_value_milestones#4"),
                   QStringLiteral("use_cases#3"),
                   QStringLiteral("use_cases[2].persona=Everyday User"),
                   QStringLiteral("use_cases[1].onboarding_steps#6"),
                   QStringLiteral("use_cases[1].onboarding_steps[5].day=15"),
                   QStringLiteral("plan.onboarding_touch=high"),
                   QStringLiteral("plan.adoption_touch=low"),
                   QStringLiteral("plan.secondary_goals#3"),
                   QStringLiteral("metrics[2].name=Expansion %")};
        QTest::newRow("goal-card")
            << QStringLiteral("goal-card") << QStringLiteral("Goal card")
            << QStringList {QStringLiteral("plan.format=goal_card"), QStringLiteral("outcomes#2"),
                   QStringLiteral("outcomes[0].milestones#3")};
        QTest::newRow("qbr-agenda")
            << QStringLiteral("qbr-agenda") << QStringLiteral("QBR agenda")
            << QStringList {QStringLiteral("qbr.duration=60 minutes"),
                   QStringLiteral("qbr.agenda#5"),
                   QStringLiteral("qbr.agenda[4].content[2]=Confirm next review date"),
                   QStringLiteral("qbr.attendees.vendor[1]=account_executive"),
                   QStringLiteral("outcomes#0")};
    }

    void everyTemplateMakesAPlan()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QFETCH(QStringList, expectations);
        const QStringList listed = accord({QStringLiteral("templates")}).out.split(u'\n');
        QVERIFY(std::any_of(listed.begin(), listed.end(), [&](const QString &line) {
            return line.startsWith(key + u' ') && line.contains(name);
        }));

        const QString ws = key + QStringLiteral(".accord");
        const test::CliRun created = accord(
            {QStringLiteral("new"), QStringLiteral("--template"), key, QStringLiteral("--account"),
                QStringLiteral("Globex"), QStringLiteral("--workspace"), ws});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString id = created.out.trimmed();
        QCOMPARE(id, QStringLiteral("1"));

        const YAML::Node plan = test::loadYaml(exported(id, QStringLiteral("yaml"), ws));
        const QStringList problems = failedChecks(plan,
            expectations
                + QStringList {QStringLiteral("customer.company=Globex"),
                    QStringLiteral("plan.title=Globex success plan"),
                    QStringLiteral("plan.status=draft"),
                    QStringLiteral("plan.created=") + QDate::currentDate().toString(Qt::ISODate)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Everything the template file says is in the plan.
        YAML::Node original = test::loadYaml(templateFile(key));
        QStringList missing;
        test::compareSubset(original, plan, {}, missing, test::NullMatchesEmpty);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));

        QVERIFY(exported(id, QStringLiteral("json"), ws).contains("\"company\": \"Globex\""));
        QVERIFY(
            exported(id, QStringLiteral("md"), ws).startsWith("# Customer Success Plan: Globex"));
        const test::CliRun check
            = accord({QStringLiteral("check"), id, QStringLiteral("--workspace"), ws});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // The default workspace's sample plan: the example plan files plus every other section.
    void samplePlanShowsEverySection()
    {
        const QString sample
            = QStringLiteral(ACCORD_SOURCE_DIR "/resources/samples/acme-corp.yaml");
        const test::CliRun run = accord({QStringLiteral("import"), sample,
            QStringLiteral("--workspace"), QStringLiteral("sample.accord")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no warnings
        QStringList problems;
        const YAML::Node file = test::loadYaml(test::readAll(sample));
        for (const char *example : {"acme-corp.yaml", "qbr-agenda.yaml"})
            test::compareSubset(
                test::loadYaml(test::dataFile(example)), file, {}, problems, test::LongerLists);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const auto plan = importPlanYaml(test::readAll(sample), sample);
        QVERIFY2(plan, qPrintable(plan.error()));
        for (const PlanTable *table : planTables()) {
            if (table->name()
                != u"sign_off") // recorded by signing in the app, never written by hand
                QVERIFY2(table->rowCount(*plan) > 0, qPrintable(table->name()));
        }
    }

    // Every built-in template makes a plan without a warning; a template file is not a
    // plan of its own (it names no customer), so importing one alone is refused.
    void templatesMakePlansWithoutWarnings()
    {
        for (const QString &key : {QStringLiteral("outcome-based"), QStringLiteral("joint-success"),
                 QStringLiteral("full-onboarding"), QStringLiteral("persona-flows"),
                 QStringLiteral("goal-card"), QStringLiteral("qbr-agenda")}) {
            const test::CliRun run = accord({QStringLiteral("new"), QStringLiteral("--template"),
                key, QStringLiteral("--account"), QStringLiteral("Globex"),
                QStringLiteral("--workspace"), QStringLiteral("from-templates.accord")});
            QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(key + u' ' + run.err));
        }
        const test::CliRun alone = accord({QStringLiteral("import"),
            QStringLiteral(ACCORD_SOURCE_DIR "/resources/templates/goal-card.yaml"),
            QStringLiteral("--workspace"), QStringLiteral("imported-templates.accord")});
        QCOMPARE(alone.exitCode, 1);
        QVERIFY2(
            alone.err.contains(QStringLiteral("Company cannot be empty. (at customer.company)")),
            qPrintable(alone.err));
    }

    void newUsesAnExistingAccountAndTitle()
    {
        const QString ws = QStringLiteral("accounts.accord");
        QCOMPARE(accord({QStringLiteral("new"), QStringLiteral("--template"),
                            QStringLiteral("goal-card"), QStringLiteral("--account"),
                            QStringLiteral("Initech"), QStringLiteral("--workspace"), ws})
                     .exitCode,
            0);
        const test::CliRun second = accord(
            {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("qbr-agenda"),
                QStringLiteral("--account"), QStringLiteral("Initech"), QStringLiteral("--title"),
                QStringLiteral("Initech QBRs"), QStringLiteral("--workspace"), ws});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, QStringLiteral("2\n"));
        auto workspace = SqliteWorkspace::open(path(ws));
        QVERIFY(workspace);
        QCOMPARE((*workspace)->listAccounts()->size(), std::size_t(1));
        const Plan plan = *(*workspace)->loadPlan(PlanId(2));
        QCOMPARE(plan.header.title, QStringLiteral("Initech QBRs"));
        QCOMPARE(plan.agendaItems.size(), std::size_t(5));
    }

    // (5) A plan saved as a template makes new plans with its structure, not its account.
    void savedTemplateMakesNewPlans()
    {
        const QString ws = QStringLiteral("saved.accord");
        const QString sample
            = QStringLiteral(ACCORD_SOURCE_DIR "/resources/samples/acme-corp.yaml");
        QCOMPARE(
            accord({QStringLiteral("import"), sample, QStringLiteral("--workspace"), ws}).exitCode,
            0);
        const test::CliRun saved = accord({QStringLiteral("save-template"),
            QStringLiteral("Acme Corp/Acme Corp operations success plan"), QStringLiteral("--name"),
            QStringLiteral("Finance ops plan"), QStringLiteral("--description"),
            QStringLiteral("Reporting automation for finance operations teams."),
            QStringLiteral("--workspace"), ws});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QCOMPARE(saved.out, QStringLiteral("finance-ops-plan\n"));
        QVERIFY(QFile::exists(
            path(QStringLiteral("xdg-data/Accord/Accord/templates/finance-ops-plan.yaml"))));
        const QString listed = accord({QStringLiteral("templates")}).out;
        const QString line = listed.trimmed().split(u'\n').last();
        QVERIFY2(line.startsWith(QStringLiteral("finance-ops-plan  Finance ops plan ")),
            qPrintable(listed));
        QVERIFY(
            line.endsWith(QStringLiteral(" Reporting automation for finance operations teams.")));

        const test::CliRun created = accord({QStringLiteral("new"), QStringLiteral("--template"),
            QStringLiteral("finance-ops-plan"), QStringLiteral("--account"),
            QStringLiteral("Umbrella"), QStringLiteral("--workspace"), ws});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const YAML::Node plan
            = test::loadYaml(exported(created.out.trimmed(), QStringLiteral("yaml"), ws));
        const QDate today = QDate::currentDate();
        const QStringList problems = failedChecks(plan,
            {QStringLiteral("customer.company=Umbrella"),
                QStringLiteral("plan.title=Umbrella success plan"), QStringLiteral("outcomes#3"),
                QStringLiteral("outcomes[0].id=O1"), QStringLiteral("outcomes[0].milestones#4"),
                QStringLiteral("outcomes[0].milestones[0].status=pending"),
                QStringLiteral("outcomes[0].milestones[0].actual_date=~"),
                QStringLiteral("outcomes[0].status=not_started"),
                QStringLiteral("review_history#0"),
                QStringLiteral("stakeholders.customer[0].name="),
                QStringLiteral("stakeholders.customer[0].role=VP Operations"),
                QStringLiteral("stakeholders.vendor[0].name=Jane Smith"),
                QStringLiteral("phases#4"), QStringLiteral("commitments#8"),
                QStringLiteral("health_components#4"), QStringLiteral("qbr.agenda#5"),
                QStringLiteral("plan.created=") + today.toString(Qt::ISODate),
                // The saved plan's earliest date (O1's baseline, 2025-08-15) moves to today, the
                // others with it.
                QStringLiteral("outcomes[0].baseline.measured_on=") + today.toString(Qt::ISODate),
                QStringLiteral("outcomes[0].milestones[0].start_date=")
                    + today.addDays(17).toString(Qt::ISODate),
                QStringLiteral("outcomes[0].milestones[0].target_date=")
                    + today.addDays(47).toString(Qt::ISODate)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(!plan["outcomes"][0]["measurements"].IsDefined());
        QVERIFY(!plan["health_components"][0]["score"].IsDefined()
            || plan["health_components"][0]["score"].IsNull());
    }
};

QTEST_GUILESS_MAIN(TestTemplateCli)
#include "tst_templatecli.moc"
