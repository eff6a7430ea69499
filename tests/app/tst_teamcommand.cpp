// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/testdata.h"
#include "../support/testworkspace.h"
#include "clitestsupport.h"

#include "util/systemuser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using test::runAccord;

// accord team: an account's owner and team shown and changed from the command
// line, each change an entry of every plan of the account. Runs on a file and on
// a team server (BACKENDS).
class TestTeamCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestWorkspaceLocation> m_place;
    QString m_workspace;

    test::CliRun accord(QStringList args)
    {
        return runAccord(args << QStringLiteral("--workspace") << m_workspace, m_dir.path());
    }

    test::CliRun team(QStringList args)
    {
        return accord(QStringList {QStringLiteral("team")} + args);
    }

    static QString login() { return test::onServer() ? test::testServer()->user() : systemUser(); }

    static QString shown(const QString &owner, const QString &team)
    {
        return QStringLiteral("Account: Acme Corp\nOwner: %1\nTeam: %2\n").arg(owner, team);
    }

    // The team as stored.
    AccountTeam stored()
    {
        auto ws = m_place->open();
        if (!ws)
            qFatal("%s", qPrintable(ws.error()));
        const auto plans = (*ws)->listPlans();
        if (!plans || plans->empty())
            qFatal("no plans");
        auto team = (*ws)->team(plans->front().accountId);
        if (!team)
            qFatal("%s", qPrintable(team.error()));
        return *team;
    }

    // The history of plan as accord log --format json prints it.
    QJsonArray history(const QString &plan)
    {
        const test::CliRun run = accord(
            {QStringLiteral("log"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        if (run.exitCode != 0)
            qFatal("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
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
        const test::CliRun imported
            = accord({QStringLiteral("import"), test::dataPath("acme-corp.yaml")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // A second plan of the same account: its name then names no single plan.
        const test::CliRun created = accord({QStringLiteral("new"), QStringLiteral("--template"),
            QStringLiteral("goal-card"), QStringLiteral("--account"), QStringLiteral("Acme Corp"),
            QStringLiteral("--title"), QStringLiteral("Expansion")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(created.out.trimmed(), QStringLiteral("2"));
    }

    void showsOwnerAndTeam()
    {
        // Whoever made the account owns it.
        const test::CliRun byPlan = team({QStringLiteral("1")});
        QCOMPARE(byPlan.exitCode, 0);
        QVERIFY2(byPlan.err.isEmpty(), qPrintable(byPlan.err));
        QCOMPARE(byPlan.out, shown(login(), QStringLiteral("(nobody else)")));
        // By the account's name, though it has two plans; by the other plan's title.
        QCOMPARE(team({QStringLiteral("acme corp")}).out, byPlan.out);
        QCOMPARE(team({QStringLiteral("Expansion")}).out, byPlan.out);
    }

    void changesOwnerAndMembers()
    {
        test::CliRun run = team({QStringLiteral("Acme Corp"), QStringLiteral("--owner"),
            QStringLiteral("lisa"), QStringLiteral("--add"), QStringLiteral("bob"),
            QStringLiteral("--add"), QStringLiteral("carol")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out, shown(QStringLiteral("lisa"), QStringLiteral("bob, carol")));
        QCOMPARE(stored(),
            (AccountTeam {
                QStringLiteral("lisa"), {QStringLiteral("bob"), QStringLiteral("carol")}}));

        run = team({QStringLiteral("2"), QStringLiteral("--remove"), QStringLiteral("bob"),
            QStringLiteral("--add"), QStringLiteral("dave")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, shown(QStringLiteral("lisa"), QStringLiteral("carol, dave")));
        QCOMPARE(stored(),
            (AccountTeam {
                QStringLiteral("lisa"), {QStringLiteral("carol"), QStringLiteral("dave")}}));

        // The owner is not a member of its own team; the old owner leaves.
        run = team({QStringLiteral("1"), QStringLiteral("--owner"), QStringLiteral("carol")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, shown(QStringLiteral("carol"), QStringLiteral("dave")));
        QCOMPARE(stored(), (AccountTeam {QStringLiteral("carol"), {QStringLiteral("dave")}}));
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("not on the team") << QStringList {QStringLiteral("1"),
            QStringLiteral("--add"), QStringLiteral("bob"), QStringLiteral("--remove"),
            QStringLiteral("zed")} << 1 << "zed is not on the team of Acme Corp.";
        QTest::newRow("the owner") << QStringList {QStringLiteral("1"), QStringLiteral("--remove"),
            login()} << 1 << "is the owner of Acme Corp: give it another with --owner";
        QTest::newRow("not a login")
            << QStringList {QStringLiteral("1"), QStringLiteral("--add"), QStringLiteral(" bob")}
            << 1 << "\" bob\" cannot be a login";
        QTest::newRow("unknown account")
            << QStringList {QStringLiteral("Globex")} << 1 << "No plan is called \"Globex\"";
        QTest::newRow("no account") << QStringList {} << 2 << "usage: accord team ACCOUNT|PLAN";
    }

    void refusalsChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const AccountTeam before = stored();
        const test::CliRun run = team(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(QStringLiteral("accord: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(stored(), before);
    }

    // Each change is an entry of kind team in every plan of the account; showing
    // the team, or a change that changes nothing, adds none.
    void changesAreInTheLog()
    {
        const int before = int(history(QStringLiteral("1")).size());
        QCOMPARE(
            team({QStringLiteral("1"), QStringLiteral("--owner"), QStringLiteral("lisa")}).exitCode,
            0);
        QCOMPARE(
            team({QStringLiteral("1"), QStringLiteral("--add"), QStringLiteral("bob")}).exitCode,
            0);
        QCOMPARE(team({QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(
            team({QStringLiteral("1"), QStringLiteral("--add"), QStringLiteral("lisa")}).exitCode,
            0);

        for (const QString &plan : {QStringLiteral("1"), QStringLiteral("2")}) {
            const QJsonArray entries = history(plan);
            QCOMPARE(entries.size(), (plan == u"1" ? before : 1) + 2);
            const QJsonObject newest = entries[0].toObject();
            const QJsonObject first = entries[1].toObject();
            QCOMPARE(newest[QStringLiteral("kind")].toString(), QStringLiteral("team"));
            QCOMPARE(first[QStringLiteral("kind")].toString(), QStringLiteral("team"));
            QCOMPARE(newest[QStringLiteral("login")].toString(), login());
            QCOMPARE(first[QStringLiteral("old")].toString(), login() + u'\n');
            QCOMPARE(first[QStringLiteral("new")].toString(), QStringLiteral("lisa\n"));
            QCOMPARE(newest[QStringLiteral("new")].toString(), QStringLiteral("lisa\nbob"));
        }
        const test::CliRun log = accord({QStringLiteral("log"), QStringLiteral("2"),
            QStringLiteral("--section"), QStringLiteral("plan")});
        QCOMPARE(log.exitCode, 0);
        const QStringList lines = log.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(
            lines[0].endsWith(QStringLiteral("  made lisa the account's owner and bob its team")),
            qPrintable(lines[0]));
        QVERIFY2(lines[1].endsWith(QStringLiteral(
                     "  made lisa the account's owner, with nobody else on its team")),
            qPrintable(lines[1]));
        QVERIFY2(lines[2].endsWith(QStringLiteral("  created the plan “Expansion”")),
            qPrintable(lines[2]));
    }
};

QTEST_GUILESS_MAIN(TestTeamCommand)
#include "tst_teamcommand.moc"
