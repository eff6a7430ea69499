// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/testdata.h"
#include "../support/testworkspace.h"
#include "clitestsupport.h"

#include "model/plan.h"
#include "rules/planfingerprint.h"
#include "storage/sqliteworkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using test::runAccord;

// accord set / add / remove / show: edits from the command line go through the
// plan's document, with the editor's rules and messages, and store nothing when
// refused. Runs on a file and on a team server (BACKENDS).
class TestEditCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestWorkspaceLocation> m_place;
    QString m_workspace;

    test::CliRun accord(QStringList args)
    {
        return runAccord(args << QStringLiteral("--workspace") << m_workspace, m_dir.path());
    }

    Plan stored()
    {
        auto ws = m_place->open();
        if (!ws)
            qFatal("%s", qPrintable(ws.error()));
        auto plan = (*ws)->loadPlan(PlanId(1));
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        return *plan;
    }

    // The id of the milestone called name, from accord show.
    qint64 milestoneId(const QString &name)
    {
        const test::CliRun run
            = accord({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("milestone")});
        for (const QString &line : run.out.split(u'\n')) {
            const QStringList cells = line.split(u'\t');
            if (cells.value(3) == name)
                return cells.value(0).toLongLong();
        }
        return 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_place = std::make_unique<test::TestWorkspaceLocation>();
        QVERIFY2(m_place->error().isEmpty(), qPrintable(m_place->error()));
        m_workspace = m_place->location();
        if (m_place->isServer())
            QVERIFY(m_place->open()); // set up, as accord admin init does
        const QString file = m_dir.filePath(QStringLiteral("acme-corp.yaml"));
        QFile::remove(file);
        QVERIFY(QFile::copy(test::dataPath("acme-corp.yaml"), file));
        const test::CliRun run = accord({QStringLiteral("import"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void showPrintsRowsWithTheirIds()
    {
        const test::CliRun run = accord(
            {QStringLiteral("show"), QStringLiteral("Acme Corp"), QStringLiteral("milestone")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
            QStringLiteral("id\toutcome_id\tphase_id\tname\towner\tstart_date\ttarget_date\t"
                           "actual_date\tstatus\tblockers\tnotes\tnotes_internal"));
        const Plan plan = stored();
        QCOMPARE(lines.size(), int(plan.milestones.size()) + 1);
        for (std::size_t i = 0; i < plan.milestones.size(); ++i) {
            const Milestone &m = plan.milestones[i];
            const QStringList cells = lines[int(i) + 1].split(u'\t');
            QCOMPARE(cells.size(), 12);
            QCOMPARE(cells[0].toLongLong(), m.id.value);
            QCOMPARE(cells[3], m.name);
            QCOMPARE(cells[6], m.targetDate.toString(Qt::ISODate));
        }

        // Without a table: every field that holds a value, by its address.
        const test::CliRun all = accord({QStringLiteral("show"), QStringLiteral("1")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(QStringLiteral("account.company\tAcme Corp\n")));
        QVERIFY(all.out.contains(QStringLiteral("milestone#%1.name\t%2\n")
                                     .arg(plan.milestones[1].id.value)
                                     .arg(plan.milestones[1].name)));
        QVERIFY(!all.out.contains(QStringLiteral(".notes\t\n")));
    }

    void setChangesOneFieldOfEveryKind_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown"); // what accord show prints afterwards
        QTest::newRow("date") << "milestone#2.target_date"
                              << "2026-02-01"
                              << "2026-02-01";
        QTest::newRow("text with tab and lines") << "milestone#2.notes"
                                                 << "one\ttwo\nthree\\four"
                                                 << "one\\ttwo\\nthree\\\\four";
        QTest::newRow("enum") << "milestone#2.status"
                              << "blocked"
                              << "blocked";
        QTest::newRow("list") << "milestone#2.blockers"
                              << "IT approval\nBudget"
                              << "IT approval\\nBudget";
        QTest::newRow("reference") << "milestone#2.outcome_id"
                                   << "2"
                                   << "2";
        QTest::newRow("no reference") << "milestone#2.outcome_id"
                                      << "none"
                                      << "";
        QTest::newRow("plan record") << "plan.scope_months"
                                     << "18"
                                     << "18";
        QTest::newRow("account record") << "account.arr"
                                        << "EUR 1200.50"
                                        << "EUR 1200.50";
        QTest::newRow("negative number") << "metric#1.baseline_value"
                                         << "-3.25"
                                         << "-3.25";
        QTest::newRow("bool") << "leading_indicator#1.met"
                              << "true"
                              << "true";
    }

    void setChangesOneFieldOfEveryKind()
    {
        QFETCH(QString, address);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        if (address.startsWith(u"leading_indicator")) {
            const test::CliRun added = accord({QStringLiteral("add"), QStringLiteral("1"),
                QStringLiteral("leading_indicator"), QStringLiteral("text=Weekly logins")});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
            QCOMPARE(added.out.trimmed(), QStringLiteral("1"));
        }
        const test::CliRun run
            = accord({QStringLiteral("set"), QStringLiteral("1"), address, value});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

        const test::CliRun all = accord({QStringLiteral("show"), QStringLiteral("1")});
        const QString line = address + u'\t' + shown + u'\n';
        if (shown.isEmpty())
            QVERIFY2(!all.out.contains(address + u'\t'), qPrintable(all.out));
        else
            QVERIFY2(all.out.contains(line), qPrintable(line));

        // Stored as typed.
        const Plan plan = stored();
        if (address == u"milestone#2.target_date")
            QCOMPARE(plan.milestones[1].targetDate, QDate(2026, 2, 1));
        if (address == u"milestone#2.notes")
            QCOMPARE(plan.milestones[1].notes, value);
        if (address == u"milestone#2.blockers")
            QCOMPARE(plan.milestones[1].blockers,
                QStringList({QStringLiteral("IT approval"), QStringLiteral("Budget")}));
        if (address == u"account.arr")
            QCOMPARE(plan.account.arr.minor, qint64(120050));
        if (address == u"metric#1.baseline_value")
            QCOMPARE(*plan.metrics[0].baselineValue, -3.25);
    }

    void addAndRemoveRows()
    {
        const int before = int(stored().risks.size());
        const test::CliRun added = accord({QStringLiteral("add"), QStringLiteral("1"),
            QStringLiteral("risk"), QStringLiteral("description=Budget freeze in Q3"),
            QStringLiteral("likelihood=high"), QStringLiteral("impact=medium")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const qint64 id = added.out.trimmed().toLongLong();
        QVERIFY(id > 0);
        Plan plan = stored();
        QCOMPARE(int(plan.risks.size()), before + 1);
        QCOMPARE(plan.risks.back().id.value, id);
        QCOMPARE(plan.risks.back().description, QStringLiteral("Budget freeze in Q3"));
        QCOMPARE(plan.risks.back().likelihood, Level::High);

        const test::CliRun removed = accord(
            {QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("risk#%1").arg(id)});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(int(stored().risks.size()), before);

        // A row goes with the rows that belong to it: an outcome with its metrics.
        plan = stored();
        const qint64 outcome = plan.outcomes.front().id.value;
        QVERIFY(std::any_of(plan.metrics.begin(), plan.metrics.end(),
            [&](const Metric &m) { return m.outcome.value == outcome; }));
        const test::CliRun gone = accord({QStringLiteral("remove"), QStringLiteral("1"),
            QStringLiteral("outcome#%1").arg(outcome)});
        QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
        plan = stored();
        QVERIFY(std::none_of(plan.metrics.begin(), plan.metrics.end(),
            [&](const Metric &m) { return m.outcome.value == outcome; }));
    }

    void refusalsStoreNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const auto set = [](const char *address, const char *value) {
            return QStringList {QStringLiteral("set"), QStringLiteral("1"),
                QString::fromUtf8(address), QString::fromUtf8(value)};
        };
        QTest::newRow("unknown table")
            << set("task#1.name", "x") << 1 << "There is no table \"task\" in a plan";
        QTest::newRow("unknown field") << set("milestone#1.due", "2026-01-01") << 1
                                       << "The table milestone has no field \"due\"";
        QTest::newRow("unknown row")
            << set("milestone#999.name", "x") << 1 << "The plan has no row 999 in milestone";
        QTest::newRow("row that is not a number")
            << set("milestone#first.name", "x") << 1 << "\"first\" is not a row id";
        QTest::newRow("row on a single record")
            << set("plan#1.title", "x") << 1 << "plan is a single record";
        QTest::newRow("no field") << set("milestone#1", "x") << 1 << "names no field";
        QTest::newRow("wrong type: date")
            << set("milestone#1.target_date", "next week") << 1
            << "milestone.target_date expects a date in the form YYYY-MM-DD, found \"next week\"";
        QTest::newRow("impossible date")
            << set("milestone#1.target_date", "2028-02-30") << 1 << "expects a date";
        QTest::newRow("wrong type: number")
            << set("plan.scope_months", "twelve") << 1 << "expects a whole number";
        QTest::newRow("wrong type: enum")
            << set("milestone#1.status", "someday") << 1 << "expects one of pending";
        QTest::newRow("wrong type: money")
            << set("account.arr", "lots") << 1 << "expects an amount";
        QTest::newRow("wrong type: reference")
            << set("milestone#1.outcome_id", "O1") << 1 << "expects the id of a row of outcome";
        QTest::newRow("missing reference")
            << set("milestone#1.outcome_id", "77") << 1 << "the plan has no row 77 there";
        QTest::newRow("out of range: above")
            << set("plan.health_green_min", "150") << 1 << "must be between 0 and 100; 150 is not";
        QTest::newRow("out of range: below")
            << set("plan.scope_months", "-5") << 1 << "must be at least 1; -5 is not";
        QTest::newRow("date order")
            << set("plan.health_yellow_min", "90") << 1 << "plan.health_yellow_min: ";
        QTest::newRow("required") << set("account.company", " ") << 1 << "Company cannot be empty";
        QTest::newRow("control character")
            << set("milestone#1.name", "Go\u0007live") << 1 << "milestone#1.name";
        QTest::newRow("add to a single record")
            << QStringList {QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("plan")} << 1
            << "plan is a single record";
        QTest::newRow("add: not FIELD=VALUE") << QStringList {QStringLiteral("add"),
            QStringLiteral("1"), QStringLiteral("risk"), QStringLiteral("description")}
                                              << 2 << "\"description\" is not FIELD=VALUE";
        QTest::newRow("add: unknown field") << QStringList {QStringLiteral("add"),
            QStringLiteral("1"), QStringLiteral("risk"), QStringLiteral("severity=high")}
                                            << 1 << "The table risk has no field \"severity\"";
        QTest::newRow("add: value out of range") << QStringList {QStringLiteral("add"),
            QStringLiteral("1"), QStringLiteral("onboarding_step"), QStringLiteral("day=-4")}
                                                 << 1 << "-4 is not";
        QTest::newRow("remove: unknown row") << QStringList {QStringLiteral("remove"),
            QStringLiteral("1"), QStringLiteral("risk#44")}
                                             << 1 << "The plan has no row 44 in risk";
        QTest::newRow("remove: single record") << QStringList {QStringLiteral("remove"),
            QStringLiteral("1"), QStringLiteral("account")}
                                               << 1 << "cannot be removed";
        QTest::newRow("show: unknown table")
            << QStringList {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("tasks")}
            << 1 << "There is no table \"tasks\"";
        QTest::newRow("unknown plan") << QStringList {QStringLiteral("set"),
            QStringLiteral("Globex"), QStringLiteral("plan.title"), QStringLiteral("x")}
                                      << 1 << "Globex";
        QTest::newRow("missing value") << QStringList {QStringLiteral("set"), QStringLiteral("1"),
            QStringLiteral("plan.title")}
                                       << 2 << "usage: accord set PLAN TABLE#ROW.FIELD VALUE";
    }

    void refusalsStoreNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Plan before = stored();
        const QByteArray file = m_place->isServer() ? QByteArray() : test::readAll(m_workspace);
        const test::CliRun run = accord(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(QStringLiteral("accord: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        const Plan after = stored();
        QCOMPARE(planContent(after), planContent(before));
        if (!m_place->isServer())
            QCOMPARE(test::readAll(m_workspace), file);
    }

    // The editor's rule for a date that may not come before another, both ways.
    void dateOrderAgainstTheOtherField()
    {
        const qint64 id = milestoneId(QStringLiteral("Data sources connected"));
        QVERIFY(id > 0);
        const test::CliRun start = accord({QStringLiteral("set"), QStringLiteral("1"),
            QStringLiteral("milestone#%1.start_date").arg(id), QStringLiteral("2025-12-01")});
        QCOMPARE(start.exitCode, 1);
        QVERIFY2(start.err.contains(QStringLiteral("(2025-11-15) is before the start date "
                                                   "(2025-12-01)")),
            qPrintable(start.err));
        QVERIFY(!stored().milestones[1].start.isValid());
    }
};

QTEST_GUILESS_MAIN(TestEditCli)
#include "tst_editcli.moc"
