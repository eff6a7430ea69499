// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "../support/testdata.h"
#include "../support/testworkspace.h"
#include "clitestsupport.h"

#include "util/systemuser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace accord;
using test::runAccord;

// accord log: a plan's change history from the command line, newest first, as
// text or JSON, narrowed by day, login and section; a deleted plan's by its id.
// Runs on a file and on a team server (BACKENDS).
class TestLogCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestWorkspaceLocation> m_place;
    QString m_workspace;
    QDateTime m_start; // local, to the minute: no entry of the test is older

    test::CliRun accord(QStringList args)
    {
        return runAccord(args << QStringLiteral("--workspace") << m_workspace, m_dir.path());
    }

    // Who writes: the computer's user on a file, the test login on the server
    // (named in its person table by init()).
    static QString login() { return test::onServer() ? test::testServer()->user() : systemUser(); }
    static QString name()
    {
        return test::onServer() ? QStringLiteral("Pat Tester") : systemUserName();
    }
    static QString who()
    {
        return name().isEmpty() || name() == login()
            ? login()
            : QStringLiteral("%1 (%2)").arg(login(), name());
    }

    struct Line {
        QDateTime at; // local
        QString who;
        QString what;
    };

    // The lines of accord log's text; a line not of its form has an invalid at.
    static std::vector<Line> lines(const QString &out)
    {
        static const QRegularExpression form(
            QStringLiteral(R"(^(\d{4}-\d{2}-\d{2} \d{2}:\d{2})  (\S+(?: \([^)]*\))?)  (.+)$)"));
        std::vector<Line> result;
        for (const QString &text : out.split(u'\n', Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = form.match(text);
            result.push_back({m.hasMatch()
                    ? QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd HH:mm"))
                    : QDateTime(),
                m.captured(2), m.hasMatch() ? m.captured(3) : text});
        }
        return result;
    }

    static QStringList sentences(const std::vector<Line> &lines)
    {
        QStringList result;
        for (const Line &line : lines)
            result << line.what;
        return result;
    }

    // Every line of the run by this test's login, written since the test began.
    void checkLines(const test::CliRun &run, int count)
    {
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const std::vector<Line> found = lines(run.out);
        QCOMPARE(int(found.size()), count);
        for (const Line &line : found) {
            QVERIFY2(line.at.isValid(), qPrintable(line.what));
            QVERIFY(line.at >= m_start && line.at <= QDateTime::currentDateTime());
            QCOMPARE(line.who, who());
        }
    }

    // The sentences accord log prints for a plan, newest first.
    QStringList logOf(const QStringList &args)
    {
        const test::CliRun run = accord(QStringList {QStringLiteral("log")} + args);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return sentences(lines(run.out));
    }

    static QString day(int fromToday)
    {
        return QDate::currentDate().addDays(fromToday).toString(Qt::ISODate);
    }

    // Edits through the command line: a date moved, a risk added and removed, the
    // date moved back. Returns the sentences they leave, newest first.
    QStringList edit()
    {
        const auto run = [this](const QStringList &args) {
            const test::CliRun done = accord(args);
            if (done.exitCode != 0)
                qFatal("%s", qPrintable(done.err));
            return done.out.trimmed();
        };
        const QString milestone = QStringLiteral("milestone#2.target_date");
        run({QStringLiteral("set"), QStringLiteral("1"), milestone, QStringLiteral("2026-02-01")});
        const QString risk = run({QStringLiteral("add"), QStringLiteral("1"),
            QStringLiteral("risk"), QStringLiteral("description=Budget freeze in Q3")});
        run({QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("risk#") + risk});
        run({QStringLiteral("set"), QStringLiteral("1"), milestone, QStringLiteral("2025-11-15")});
        return {QStringLiteral("moved Target date of “Data sources connected” from 1 Feb 2026 to "
                               "15 Nov 2025"),
            QStringLiteral("removed “Budget freeze in Q3” from Risks"),
            QStringLiteral("added “Budget freeze in Q3” to Risks"),
            QStringLiteral("moved Target date of “Data sources connected” from 15 Nov 2025 to "
                           "1 Feb 2026"),
            QStringLiteral("imported the plan “Acme rollout” from a file")};
    }

    // A second plan, Globex, with entries by others on days long past (copied in,
    // so that who and when stay theirs): a risk added, renamed, removed.
    PlanId seedGlobex()
    {
        Plan plan = test::acmePlan();
        plan.header.title = QStringLiteral("Globex plan");
        plan.account.company = QStringLiteral("Globex");
        plan.account.id = AccountId(1);
        const auto entry
            = [](int dayOfMarch, const char *login, const char *name, ChangeEntry::Kind kind,
                  const char *field, const char *oldValue, const char *newValue) {
                  ChangeEntry e;
                  e.at = QDateTime(QDate(2026, 3, dayOfMarch), QTime(12, 30)).toUTC();
                  e.login = QString::fromUtf8(login);
                  e.name = QString::fromUtf8(name);
                  e.kind = kind;
                  e.table = QStringLiteral("risk");
                  e.rowId = 77;
                  e.field = QString::fromUtf8(field);
                  e.oldValue = QString::fromUtf8(oldValue);
                  e.newValue = QString::fromUtf8(newValue);
                  return e;
              };
        Portfolio portfolio;
        portfolio.accounts = {plan.account};
        portfolio.plans = {plan};
        portfolio.planHistory = {{
            entry(10, "lisa", "Lisa Park", ChangeEntry::Kind::Remove, "", "Vendor lock-in", ""),
            entry(5, "mike", "", ChangeEntry::Kind::Set, "description", "Vendor lockin",
                "Vendor lock-in"),
            entry(1, "lisa", "Lisa Park", ChangeEntry::Kind::Insert, "", "", "Vendor lockin"),
        }};
        auto ws = m_place->open();
        if (!ws)
            qFatal("%s", qPrintable(ws.error()));
        const auto copied = (*ws)->insertPortfolio(portfolio, true);
        if (!copied || copied->plans != 1)
            qFatal("Globex not copied: %s", qPrintable(copied.error()));
        return PlanId(2);
    }

private slots:
    // Times are printed in local time: a zone far from UTC, with a half-hour offset
    // and a change of summer time between two entries of othersEntriesOnPastDays(),
    // here and in every accord the test runs.
    void initTestCase()
    {
        qputenv("TZ", "America/St_Johns");
        QCOMPARE(
            QTimeZone::systemTimeZone().offsetFromUtc(QDateTime(QDate(2026, 3, 5), QTime(12, 0))),
            -(3 * 3600 + 1800));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_start = QDateTime::currentDateTime();
        m_start.setTime(QTime(m_start.time().hour(), m_start.time().minute()));
        m_place = std::make_unique<test::TestWorkspaceLocation>();
        QVERIFY2(m_place->error().isEmpty(), qPrintable(m_place->error()));
        m_workspace = m_place->location();
        if (m_place->isServer()) {
            QVERIFY(m_place->open()); // set up, as accord admin init does
            const QString named = test::serverSql(m_place->database(),
                {QStringLiteral("INSERT INTO person (login, display_name) VALUES (current_user, "
                                "'Pat Tester')")});
            QVERIFY2(named.isEmpty(), qPrintable(named));
        }
        // Acme Corp with a title, so that its import entry names it.
        QByteArray yaml = test::dataFile("acme-corp.yaml");
        yaml.replace("\nplan:\n", "\nplan:\n  title: \"Acme rollout\"\n");
        const QString file = m_dir.filePath(QStringLiteral("acme-rollout.yaml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(yaml) > 0);
        out.close();
        const test::CliRun run = accord({QStringLiteral("import"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void textIsNewestFirstWithWhoAndWhen()
    {
        const QStringList expected = edit();
        const test::CliRun run = accord({QStringLiteral("log"), QStringLiteral("1")});
        checkLines(run, int(expected.size()));
        QCOMPARE(sentences(lines(run.out)), expected);
        QVERIFY(run.out.endsWith(u'\n'));
        // The plan named as the other commands take it.
        QCOMPARE(accord({QStringLiteral("log"), QStringLiteral("Acme Corp")}).out, run.out);
        QCOMPARE(
            accord({QStringLiteral("log"), QStringLiteral("acme corp/acme rollout")}).out, run.out);
    }

    void filtersByLoginDaysAndSection()
    {
        const QStringList all = edit();
        QCOMPARE(logOf({QStringLiteral("1"), QStringLiteral("--by"), login()}), all);
        QCOMPARE(accord({QStringLiteral("log"), QStringLiteral("1"), QStringLiteral("--by"),
                            QStringLiteral("nobody-else")})
                     .out,
            QString());

        // Days are local and both ends count: today's entries are in, none is
        // tomorrow's or yesterday's.
        QCOMPARE(logOf({QStringLiteral("1"), QStringLiteral("--since"), day(0)}), all);
        QCOMPARE(logOf({QStringLiteral("1"), QStringLiteral("--until"), day(0)}), all);
        QCOMPARE(logOf({QStringLiteral("1"), QStringLiteral("--since"), day(0),
                     QStringLiteral("--until"), day(0)}),
            all);
        QCOMPARE(logOf({QStringLiteral("1"), QStringLiteral("--since"), day(1)}), QStringList());
        QCOMPARE(logOf({QStringLiteral("1"), QStringLiteral("--until"), day(-1)}), QStringList());

        QCOMPARE(
            logOf({QStringLiteral("1"), QStringLiteral("--section"), QStringLiteral("milestone")}),
            QStringList({all[0], all[3]}));
        QCOMPARE(logOf({QStringLiteral("1"), QStringLiteral("--section"), QStringLiteral("risk"),
                     QStringLiteral("--by"), login()}),
            QStringList({all[1], all[2]}));
        QCOMPARE(logOf({QStringLiteral("1"), QStringLiteral("--section"), QStringLiteral("plan")}),
            QStringList({all[4]}));
    }

    // Entries by others on days long past: their login and name, their local time,
    // a day range that takes both ends, and a row named by an entry the range
    // leaves out.
    void othersEntriesOnPastDays()
    {
        const PlanId globex = seedGlobex();
        const QString id = QString::number(globex.value);
        const test::CliRun run = accord({QStringLiteral("log"), QStringLiteral("Globex"),
            QStringLiteral("--until"), QStringLiteral("2026-03-31")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
            QStringLiteral(
                "2026-03-10 12:30  lisa (Lisa Park)  removed “Vendor lock-in” from Risks\n"
                "2026-03-05 12:30  mike  changed Risk of “Vendor lock-in” from "
                "“Vendor lockin” to “Vendor lock-in”\n"
                "2026-03-01 12:30  lisa (Lisa Park)  added “Vendor lockin” to Risks\n"));
        QCOMPARE(logOf({id, QStringLiteral("--since"), QStringLiteral("2026-03-02"),
                     QStringLiteral("--until"), QStringLiteral("2026-03-05")}),
            QStringList({QStringLiteral("changed Risk of “Vendor lock-in” from “Vendor "
                                        "lockin” to “Vendor lock-in”")}));
        QCOMPARE(logOf({id, QStringLiteral("--since"), QStringLiteral("2026-03-01"),
                     QStringLiteral("--until"), QStringLiteral("2026-03-01")}),
            QStringList({QStringLiteral("added “Vendor lockin” to Risks")}));
        const test::CliRun lisa
            = accord({QStringLiteral("log"), id, QStringLiteral("--by"), QStringLiteral("lisa")});
        const std::vector<Line> found = lines(lisa.out);
        QCOMPARE(int(found.size()), 2);
        QCOMPARE(found[0].who, QStringLiteral("lisa (Lisa Park)"));
        QCOMPARE(found[1].at, QDateTime(QDate(2026, 3, 1), QTime(12, 30)));
        // The copy itself is today's, by whoever copied.
        const QStringList today = logOf({id, QStringLiteral("--since"), day(0)});
        QCOMPARE(today,
            QStringList({QStringLiteral("copied the plan “Globex plan” in from another "
                                        "workspace")}));
    }

    void jsonHasEveryField()
    {
        edit();
        const QString notes = QStringLiteral("Said \"soon\"\n\tC:\\ok — ✓");
        QCOMPARE(accord({QStringLiteral("set"), QStringLiteral("1"),
                            QStringLiteral("milestone#2.notes"), notes})
                     .exitCode,
            0);
        const test::CliRun run = accord({QStringLiteral("log"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 6);
        QCOMPARE(array[0].toObject()[QStringLiteral("new")].toString(), notes);
        QCOMPARE(array[0].toObject()[QStringLiteral("old")].toString(), QString());
        // As text, still one line: line breaks and tabs escaped as accord show does.
        QCOMPARE(logOf({QStringLiteral("1")}).value(0),
            QStringLiteral("set Notes of “Data sources connected” to “Said \"soon\"\\n\\tC:\\\\ok "
                           "— ✓”"));

        const QJsonObject newest = array[1].toObject();
        QCOMPARE(newest.keys(),
            QStringList({QStringLiteral("at"), QStringLiteral("field"), QStringLiteral("id"),
                QStringLiteral("kind"), QStringLiteral("login"), QStringLiteral("name"),
                QStringLiteral("new"), QStringLiteral("old"), QStringLiteral("row"),
                QStringLiteral("section"), QStringLiteral("text")}));
        QCOMPARE(newest[QStringLiteral("kind")].toString(), QStringLiteral("set"));
        QCOMPARE(newest[QStringLiteral("section")].toString(), QStringLiteral("milestone"));
        QCOMPARE(newest[QStringLiteral("row")].toInteger(), 2);
        QCOMPARE(newest[QStringLiteral("field")].toString(), QStringLiteral("target_date"));
        QCOMPARE(newest[QStringLiteral("old")].toString(), QStringLiteral("2026-02-01"));
        QCOMPARE(newest[QStringLiteral("new")].toString(), QStringLiteral("2025-11-15"));
        QCOMPARE(newest[QStringLiteral("login")].toString(), login());
        QCOMPARE(newest[QStringLiteral("name")].toString(), name());
        QCOMPARE(newest[QStringLiteral("text")].toString(),
            QStringLiteral("moved Target date of “Data sources connected” from 1 Feb 2026 to 15 "
                           "Nov 2025"));
        const QString at = newest[QStringLiteral("at")].toString();
        QVERIFY2(at.endsWith(u'Z'), qPrintable(at));
        const QDateTime when = QDateTime::fromString(at, Qt::ISODate);
        QCOMPARE(when.timeSpec(), Qt::UTC);
        QVERIFY(when >= m_start.toUTC() && when <= QDateTime::currentDateTimeUtc());

        const QJsonObject added = array[3].toObject();
        QCOMPARE(added[QStringLiteral("kind")].toString(), QStringLiteral("insert"));
        QCOMPARE(added[QStringLiteral("section")].toString(), QStringLiteral("risk"));
        QCOMPARE(added[QStringLiteral("new")].toString(), QStringLiteral("Budget freeze in Q3"));
        QCOMPARE(added[QStringLiteral("row")].toInteger(),
            array[2].toObject()[QStringLiteral("row")].toInteger());
        const QJsonObject oldest = array[5].toObject();
        QCOMPARE(oldest[QStringLiteral("kind")].toString(), QStringLiteral("import"));
        QCOMPARE(oldest[QStringLiteral("section")].toString(), QStringLiteral("plan"));
        QCOMPARE(oldest[QStringLiteral("new")].toString(), QStringLiteral("Acme rollout"));
        for (int i = 1; i < array.size(); ++i)
            QVERIFY(array[i - 1].toObject()[QStringLiteral("id")].toInteger()
                > array[i].toObject()[QStringLiteral("id")].toInteger());

        // Nothing found is still JSON.
        const test::CliRun none = accord({QStringLiteral("log"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--since"), day(1)});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.trimmed(), QStringLiteral("[]"));
    }

    // A history longer than the batches the lines are made in: every entry once,
    // newest first, as text and as JSON, whoever wrote it and whatever it holds.
    void aLongHistoryComesWhole()
    {
        constexpr int kEntries = 6000;
        Plan plan = test::acmePlan();
        plan.header.title = QStringLiteral("Initech plan");
        plan.account.company = QStringLiteral("Initech");
        plan.account.id = AccountId(1);
        const QDateTime newest(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        std::vector<ChangeEntry> history;
        for (int i = 0; i < kEntries; ++i) {
            ChangeEntry e;
            e.at = newest.addSecs(-60LL * i);
            e.login = i % 3 ? QStringLiteral("lisa") : QStringLiteral("o'brien");
            e.name = i % 3 ? QStringLiteral("Lisa Park") : QString();
            e.kind = ChangeEntry::Kind::Set;
            e.table = QStringLiteral("plan");
            e.rowId = 1;
            e.field = QStringLiteral("title");
            e.oldValue = QStringLiteral("Title %1").arg(kEntries - i - 1);
            e.newValue = i == 2500 ? QStringLiteral("Tab\there\nand \\N")
                                   : QStringLiteral("Title %1").arg(kEntries - i);
            history.push_back(e);
        }
        Portfolio portfolio;
        portfolio.accounts = {plan.account};
        portfolio.plans = {plan};
        portfolio.planHistory = {history};
        {
            auto ws = m_place->open();
            QVERIFY2(ws, qPrintable(ws.error()));
            const auto copied = (*ws)->insertPortfolio(portfolio, true);
            QVERIFY2(copied && copied->plans == 1, qPrintable(copied.error()));
        }
        const test::CliRun text = accord({QStringLiteral("log"), QStringLiteral("Initech")});
        QCOMPARE(text.exitCode, 0);
        const std::vector<Line> found = lines(text.out);
        QCOMPARE(int(found.size()), kEntries + 1); // and the copy's own entry
        for (int i = 0; i < kEntries; ++i) {
            const Line &line = found[std::size_t(i + 1)];
            QCOMPARE(line.at, history[std::size_t(i)].at.toLocalTime());
            QCOMPARE(
                line.who, i % 3 ? QStringLiteral("lisa (Lisa Park)") : QStringLiteral("o'brien"));
        }
        QCOMPARE(found[2501].what,
            QStringLiteral("changed Title from “Title 3499” to “Tab\\there\\nand \\\\N”"));
        QCOMPARE(found.back().what, QStringLiteral("changed Title from “Title 0” to “Title 1”"));

        const test::CliRun json
            = accord({QStringLiteral("log"), QStringLiteral("Initech"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--by"), QStringLiteral("o'brien")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(array.size(), kEntries / 3);
        for (int i = 0; i < array.size(); ++i) {
            const QJsonObject o = array[i].toObject();
            QCOMPARE(o[QStringLiteral("login")].toString(), QStringLiteral("o'brien"));
            QCOMPARE(QDateTime::fromString(o[QStringLiteral("at")].toString(), Qt::ISODate),
                history[std::size_t(3 * i)].at);
            QCOMPARE(o[QStringLiteral("new")].toString(), history[std::size_t(3 * i)].newValue);
        }
    }

    // A deleted plan's history is still there, read by the plan's id.
    void deletedPlanByItsId()
    {
        edit();
        {
            auto ws = m_place->open();
            QVERIFY2(ws, qPrintable(ws.error()));
            QVERIFY((*ws)->deletePlan(PlanId(1)));
        }
        const test::CliRun run = accord({QStringLiteral("log"), QStringLiteral("1")});
        checkLines(run, 6);
        const QStringList said = sentences(lines(run.out));
        QCOMPARE(said.first(), QStringLiteral("deleted the plan “Acme rollout”"));
        QCOMPARE(said.last(), QStringLiteral("imported the plan “Acme rollout” from a file"));
        QCOMPARE(said[2], QStringLiteral("removed “Budget freeze in Q3” from Risks"));
        // By name it is gone.
        const test::CliRun byName = accord({QStringLiteral("log"), QStringLiteral("Acme Corp")});
        QCOMPARE(byName.exitCode, 1);
        QVERIFY(byName.out.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const auto log = [](std::initializer_list<const char *> words) {
            QStringList args {QStringLiteral("log")};
            for (const char *word : words)
                args << QString::fromUtf8(word);
            return args;
        };
        QTest::newRow("no plan") << log({}) << 2 << "usage: accord log PLAN";
        QTest::newRow("two plans") << log({"1", "2"}) << 2 << "usage: accord log PLAN";
        QTest::newRow("unknown plan") << log({"Globex"}) << 1 << "No plan is called \"Globex\"";
        QTest::newRow("unknown id") << log({"42"}) << 1 << "No plan is called \"42\"";
        QTest::newRow("date not YYYY-MM-DD")
            << log({"1", "--since", "01/03/2026"}) << 2
            << "--since needs a day as YYYY-MM-DD, found \"01/03/2026\"";
        QTest::newRow("date without leading zeros")
            << log({"1", "--until", "2026-3-1"}) << 2 << "--until needs a day as YYYY-MM-DD";
        QTest::newRow("impossible date")
            << log({"1", "--since", "2026-02-30"}) << 2 << "--since needs a day as YYYY-MM-DD";
        QTest::newRow("since after until")
            << log({"1", "--since", "2026-03-02", "--until", "2026-03-01"}) << 2
            << "--since 2026-03-02 is after --until 2026-03-01";
        QTest::newRow("unknown section")
            << log({"1", "--section", "milestones"}) << 2
            << "There is no table \"milestones\" in a plan. Tables: plan, account,";
        QTest::newRow("unknown format")
            << log({"1", "--format", "xml"}) << 2 << "--format is text or json, found \"xml\"";
        QTest::newRow("empty login") << log({"1", "--by", ""}) << 2 << "--by needs a login";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const test::CliRun run = accord(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(QStringLiteral("accord: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }

    void workspaceThatCannotBeRead()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.accord"));
        const test::CliRun file = runAccord(
            {QStringLiteral("log"), QStringLiteral("1"), QStringLiteral("--workspace"), missing},
            m_dir.path());
        QCOMPARE(file.exitCode, 1);
        QVERIFY2(file.err.contains(QStringLiteral("does not exist")), qPrintable(file.err));
        QVERIFY(file.out.isEmpty());
        QVERIFY(!QFile::exists(missing));

        // Nothing listens on port 1.
        const test::CliRun server
            = runAccord({QStringLiteral("log"), QStringLiteral("1"), QStringLiteral("--workspace"),
                            QStringLiteral("postgresql://nobody@127.0.0.1:1/accord")},
                m_dir.path());
        QCOMPARE(server.exitCode, 1);
        QVERIFY2(server.err.startsWith(QStringLiteral("accord: ")), qPrintable(server.err));
        QVERIFY(server.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogCommand)
#include "tst_logcommand.moc"
