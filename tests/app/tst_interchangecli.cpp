// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/rawsql.h"
#include "../support/testdata.h"
#include "clitestsupport.h"
#include "storage/backupmanager.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacefile.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using test::runAccord;

// `accord import`, `export` and `check` run as a user would: round trips through
// the workspace, and bad input refused with a message and nothing written.
class TestInterchangeCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun accord(const QStringList &args) const { return runAccord(args, m_dir.path()); }

    void writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    static QString fixture(const char *name) { return test::dataPath(name); }

    static int backupCount(const QString &workspace)
    {
        return int(BackupManager(workspace).list().size());
    }

    // A workspace that Accord refuses: written by a newer version.
    void makeNewerWorkspace(const QString &file)
    {
        {
            auto ws = SqliteWorkspace::open(file);
            QVERIFY(ws);
            QVERIFY((*ws)->insertPlan(test::fullPlan(1)));
        }
        test::rawSql(file,
            {QStringLiteral("PRAGMA user_version = %1").arg(WorkspaceFile::kSchemaVersion + 1)});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The workspace the bad inputs run against: two plans of one account.
        for (int i = 0; i < 2; ++i) {
            const test::CliRun run = accord({QStringLiteral("import"), fixture("acme-corp.yaml"),
                QStringLiteral("--workspace"), QStringLiteral("shared.accord")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        makeNewerWorkspace(path(QStringLiteral("newer.accord")));
        writeFile(
            QStringLiteral("malformed.yaml"), "plan:\n  version: \"1.0\"\n   status: active\n");
        writeFile(QStringLiteral("syntax.json"), "{\"plan\": {\"version\": \"1.0\",}}");
        writeFile(QStringLiteral("wrongtype.yaml"),
            "plan:\n  version: \"1.0\"\n  scope_months: twelve\n");
        writeFile(QStringLiteral("baddate.yaml"), "plan:\n  created: \"2026-02-30\"\n");
        writeFile(QStringLiteral("badenum.yaml"), "plan:\n  status: sleeping\n");
        writeFile(QStringLiteral("notamap.yaml"), "plan: [1, 2]\n");
        writeFile(QStringLiteral("list.json"), "[]");
        writeFile(QStringLiteral("empty.yaml"), "");
        writeFile(QStringLiteral("plan.txt"), "plan:\n  version: \"1.0\"\n");
        writeFile(QStringLiteral("good.yaml"), test::readAll(fixture("acme-corp.yaml")));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.yaml")));
    }

    // (1) Importing the example plan's YAML and exporting it again keeps every key and value.
    void exportKeepsEveryKeyOfTheImportedFile()
    {
        const QString ws = QStringLiteral("roundtrip.accord");
        const test::CliRun imported = accord({QStringLiteral("import"), fixture("acme-corp.yaml"),
            QStringLiteral("--workspace"), ws});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("as plan 1 of Acme Corp")),
            qPrintable(imported.out));
        const test::CliRun exported = accord({QStringLiteral("export"), QStringLiteral("Acme Corp"),
            QStringLiteral("--format"), QStringLiteral("yaml"), QStringLiteral("-o"),
            QStringLiteral("roundtrip.yaml"), QStringLiteral("--workspace"), ws});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QStringList problems;
        test::compareSubset(test::loadYaml(test::readAll(fixture("acme-corp.yaml"))),
            test::loadYaml(test::readAll(path(QStringLiteral("roundtrip.yaml")))), {}, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // (2) YAML → workspace → JSON → a fresh workspace → YAML gives the same bytes.
    void jsonRoundTripGivesTheSameYaml()
    {
        const auto run = [this](const QStringList &args) {
            const test::CliRun r = accord(args);
            if (r.exitCode != 0)
                qWarning("%s", qPrintable(r.err));
            return r.exitCode;
        };
        const QString first = QStringLiteral("first.accord");
        const QString second = QStringLiteral("second.accord");
        QCOMPARE(run({QStringLiteral("import"), fixture("acme-corp.yaml"),
                     QStringLiteral("--workspace"), first}),
            0);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-f"),
                     QStringLiteral("yaml"), QStringLiteral("-o"), QStringLiteral("first.yaml"),
                     QStringLiteral("--workspace"), first}),
            0);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"),
                     QStringLiteral("first.json"), QStringLiteral("--workspace"), first}),
            0);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("first.json"),
                     QStringLiteral("--workspace"), second}),
            0);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("acme corp"), QStringLiteral("-o"),
                     QStringLiteral("second.yaml"), QStringLiteral("--workspace"), second}),
            0);
        const QByteArray yaml = test::readAll(path(QStringLiteral("first.yaml")));
        QVERIFY(yaml.contains("Report generation time"));
        QCOMPARE(test::readAll(path(QStringLiteral("second.yaml"))), yaml);
    }

    void importWarnsButImports()
    {
        writeFile(QStringLiteral("unknownkey.yaml"),
            "customer:\n  company: \"Warned Inc\"\noutcomes:\n  - id: O1\n    colour: red\n");
        const test::CliRun run
            = accord({QStringLiteral("import"), QStringLiteral("unknownkey.yaml"),
                QStringLiteral("--workspace"), QStringLiteral("warned.accord")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral(
                     "accord: warning: unknownkey.yaml:5:5: unknown key \"colour\"")),
            qPrintable(run.err));
        QVERIFY(accord({QStringLiteral("list"), QStringLiteral("--workspace"),
                           QStringLiteral("warned.accord")})
                    .out.contains(QStringLiteral("Warned Inc")));
    }

    void importBacksUpAWorkspaceWithPlans()
    {
        const QString ws = path(QStringLiteral("backedup.accord"));
        QCOMPARE(accord({QStringLiteral("import"), QStringLiteral("good.yaml"),
                            QStringLiteral("--workspace"), ws})
                     .exitCode,
            0);
        QCOMPARE(backupCount(ws), 0); // nothing to lose yet
        QCOMPARE(accord({QStringLiteral("import"), QStringLiteral("good.yaml"),
                            QStringLiteral("--workspace"), ws})
                     .exitCode,
            0);
        const auto backups = BackupManager(ws).list();
        QCOMPARE(backups.size(), std::size_t(1));
        QCOMPARE(backups.front().reason, QStringLiteral("before-import"));
    }

    void exportFormats_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::newRow("md") << QStringList {QStringLiteral("-f"), QStringLiteral("md"),
            QStringLiteral("-o"), QStringLiteral("plan.md")}
                            << QStringLiteral("plan.md")
                            << QStringLiteral("# Customer Success Plan: Acme Corp");
        QTest::newRow("ics by extension")
            << QStringList {QStringLiteral("-o"), QStringLiteral("plan.ics")}
            << QStringLiteral("plan.ics") << QStringLiteral("BEGIN:VCALENDAR");
        QTest::newRow("csv folder")
            << QStringList {QStringLiteral("-f"), QStringLiteral("csv"), QStringLiteral("-o"),
                   QStringLiteral("tables")}
            << QStringLiteral("tables/milestone.csv") << QStringLiteral("Data sources connected");
        QTest::newRow("csv table")
            << QStringList {QStringLiteral("-f"), QStringLiteral("csv"), QStringLiteral("--table"),
                   QStringLiteral("risk"), QStringLiteral("-o"), QStringLiteral("risks.csv")}
            << QStringLiteral("risks.csv") << QStringLiteral("IT security approval");
        QTest::newRow("json") << QStringList {QStringLiteral("-f"), QStringLiteral("json"),
            QStringLiteral("-o"), QStringLiteral("plan.json")}
                              << QStringLiteral("plan.json")
                              << QStringLiteral("\"company\": \"Acme Corp\"");
    }

    void exportFormats()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QString, content);
        const test::CliRun run = accord(QStringList {QStringLiteral("export"), QStringLiteral("1")}
            + args + QStringList {QStringLiteral("--workspace"), QStringLiteral("shared.accord")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString written = QString::fromUtf8(test::readAll(path(file)));
        QVERIFY2(written.contains(content), qPrintable(written.left(400)));
    }

    void exportToStandardOutput()
    {
        const test::CliRun run = accord({QStringLiteral("export"), QStringLiteral("2"),
            QStringLiteral("-f"), QStringLiteral("yaml"), QStringLiteral("-o"), QStringLiteral("-"),
            QStringLiteral("--workspace"), QStringLiteral("shared.accord")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("# Customer Success Plan\nplan:\n")));
    }

    void checkReportsFindings()
    {
        const test::CliRun run = accord({QStringLiteral("check"), QStringLiteral("1"),
            QStringLiteral("--today"), QStringLiteral("2026-02-10"), QStringLiteral("--workspace"),
            QStringLiteral("shared.accord")});
        QCOMPARE(run.exitCode, 0); // warnings only
        QVERIFY2(run.out.contains(
                     QStringLiteral("warning\tmilestone-overdue\tmilestone#3.target_date\t")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Errors: 0, warnings: 1, suggestions: 1.")),
            qPrintable(run.out));
    }

    // Import refuses values the editor refuses; a workspace that holds some anyway
    // (written by an older version or another program) has them reported by check.
    void checkFailsOnErrors()
    {
        writeFile(QStringLiteral("inverted.yaml"),
            "customer:\n  company: \"Inverted Ltd\"\nplan:\n  health_green_min: 50\n  "
            "health_yellow_min: 70\n");
        const QString ws = QStringLiteral("inverted.accord");
        const test::CliRun refused = accord({QStringLiteral("import"),
            QStringLiteral("inverted.yaml"), QStringLiteral("--workspace"), ws});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("inverted.yaml:4:21: The at-risk threshold "
                                                     "(70) is above the healthy threshold (50).")),
            qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(path(ws)));

        writeFile(QStringLiteral("fine.yaml"), "customer:\n  company: \"Inverted Ltd\"\n");
        QCOMPARE(accord({QStringLiteral("import"), QStringLiteral("fine.yaml"),
                            QStringLiteral("--workspace"), ws})
                     .exitCode,
            0);
        test::rawSql(path(ws),
            {QStringLiteral("UPDATE plan SET health_green_min = 50, health_yellow_min = 70")});
        const test::CliRun run = accord({QStringLiteral("check"), QStringLiteral("Inverted Ltd"),
            QStringLiteral("--workspace"), ws});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(QStringLiteral("error\t")), qPrintable(run.out));
    }

    // (4) Every bad input: its message, a non-zero exit code, and the workspace
    // byte-for-byte as it was (no backup either).
    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, QStringList args, int code, const QString &message,
                             const char *ws = "shared.accord") {
            QTest::newRow(name) << args << QString::fromLatin1(ws) << code << message;
        };
        const QString imp = QStringLiteral("import");
        const QString exp = QStringLiteral("export");
        row("malformed yaml", {imp, QStringLiteral("malformed.yaml")}, 1,
            QStringLiteral(
                "accord: malformed.yaml:3:4: expected well-formed YAML, found a syntax error"));
        row("json syntax", {imp, QStringLiteral("syntax.json")}, 1,
            QStringLiteral("accord: syntax.json:1:29: expected well-formed JSON"));
        row("wrong type", {imp, QStringLiteral("wrongtype.yaml")}, 1,
            QStringLiteral("accord: wrongtype.yaml:3:17: expected a whole number, found \"twelve\" "
                           "(at plan.scope_months)"));
        row("impossible date", {imp, QStringLiteral("baddate.yaml")}, 1,
            QStringLiteral("accord: baddate.yaml:2:12: expected a date in the form YYYY-MM-DD, "
                           "found \"2026-02-30\""));
        row("unknown enum value", {imp, QStringLiteral("badenum.yaml")}, 1,
            QStringLiteral("accord: badenum.yaml:2:11: expected one of draft, active, at_risk, "
                           "completed, archived, found \"sleeping\""));
        row("list instead of map", {imp, QStringLiteral("notamap.yaml")}, 1,
            QStringLiteral("accord: notamap.yaml:1:7: expected a map, found a list"));
        row("json list", {imp, QStringLiteral("list.json")}, 1,
            QStringLiteral("accord: list.json:1:1: expected a map of plan sections, found a list"));
        row("empty file", {imp, QStringLiteral("empty.yaml")}, 1,
            QStringLiteral("accord: empty.yaml: expected a plan, found an empty file (0 bytes)"));
        row("file not found", {imp, QStringLiteral("missing.yaml")}, 1,
            QStringLiteral("accord: missing.yaml: no such file."));
        row("directory", {imp, QStringLiteral("folder.yaml")}, 1,
            QStringLiteral("accord: folder.yaml: is a folder, not a plan file."));
        row("wrong extension", {imp, QStringLiteral("plan.txt")}, 1,
            QStringLiteral("expected a .yaml, .yml or .json file, found \"plan.txt\""));
        row("no file", {imp}, 2, QStringLiteral("import needs exactly one plan file"));
        row("newer workspace", {imp, QStringLiteral("good.yaml")}, 1,
            QStringLiteral("was written by a newer version of Accord"), "newer.accord");
        row("unknown plan",
            {exp, QStringLiteral("Globex"), QStringLiteral("-o"), QStringLiteral("x.yaml")}, 1,
            QStringLiteral("No plan is called \"Globex\". Name a plan by id, account, title or "
                           "Company/Title:\n  1      Acme Corp\n  2      Acme Corp"));
        row("ambiguous plan",
            {exp, QStringLiteral("acme corp"), QStringLiteral("-o"), QStringLiteral("x.yaml")}, 1,
            QStringLiteral("\"acme corp\" matches 2 plans; name one by id or as Company/Title:\n  "
                           "1      Acme Corp\n  2      Acme Corp"));
        row("missing -o",
            {exp, QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("yaml")}, 2,
            QStringLiteral("export needs -o OUT"));
        row("unknown format",
            {exp, QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("docx"),
                QStringLiteral("-o"), QStringLiteral("x.docx")},
            2,
            QStringLiteral(
                "Unknown export format \"docx\". Formats: yaml, json, md, csv, ics, pdf, html."));
        row("format from unknown extension",
            {exp, QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("x.txt")}, 2,
            QStringLiteral("export needs --format FORMAT"));
        row("pdf to standard output",
            {exp, QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("pdf"),
                QStringLiteral("-o"), QStringLiteral("-")},
            2, QStringLiteral("pdf needs a file"));
        row("unwritable path",
            {exp, QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("yaml"),
                QStringLiteral("-o"), QStringLiteral("no-such-dir/x.yaml")},
            1, QStringLiteral("no-such-dir/x.yaml was not written"));
        row("unknown csv table",
            {exp, QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("csv"),
                QStringLiteral("--table"), QStringLiteral("widgets"), QStringLiteral("-o"),
                QStringLiteral("x.csv")},
            1, QStringLiteral("widgets"));
        row("unknown template",
            {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("nope"),
                QStringLiteral("--account"), QStringLiteral("X")},
            1,
            QStringLiteral("Unknown template \"nope\". Templates: outcome-based, joint-success"));
        row("new without account",
            {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("goal-card")}, 2,
            QStringLiteral("new needs a template and an account"));
        row("new with a control character",
            {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("goal-card"),
                QStringLiteral("--account"), QStringLiteral("Bell\aCo")},
            1, QStringLiteral("Company contains an invisible control character (U+0007)"));
        row("new with a control character in the title",
            {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("goal-card"),
                QStringLiteral("--account"), QStringLiteral("Acme Corp"), QStringLiteral("--title"),
                QStringLiteral("\x1b[31mRed")},
            1, QStringLiteral("Title contains an invisible control character (U+001B)"));
        row("check bad date",
            {QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--today"),
                QStringLiteral("someday")},
            2, QStringLiteral("--today needs a date in the form YYYY-MM-DD, found \"someday\""));
        row("check unknown plan", {QStringLiteral("check"), QStringLiteral("99")}, 1,
            QStringLiteral("No plan is called \"99\""));
        row("save-template without name", {QStringLiteral("save-template"), QStringLiteral("1")}, 2,
            QStringLiteral("save-template needs a plan and a name"));
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, workspace);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString ws = path(workspace);
        const QByteArray before = test::sha256Of(ws);
        const int backupsBefore = backupCount(ws);
        QVERIFY(!before.isEmpty());
        const test::CliRun run
            = accord(args + QStringList {QStringLiteral("--workspace"), workspace});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(test::sha256Of(ws), before);
        QCOMPARE(backupCount(ws), backupsBefore);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.yaml"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    }

    void failedImportCreatesNoWorkspace()
    {
        const test::CliRun run = accord({QStringLiteral("import"), QStringLiteral("malformed.yaml"),
            QStringLiteral("--workspace"), QStringLiteral("never.accord")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("never.accord"))));
    }
};

QTEST_GUILESS_MAIN(TestInterchangeCli)
#include "tst_interchangecli.moc"
