// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/planio.h"

#include <QTest>

using namespace accord;

// An import stores exactly what the file says, or nothing: every value the editor
// refuses, and every input a parser would quietly change, is refused with its
// line, column and key path.
class TestImportValidation : public QObject {
    Q_OBJECT

    static constexpr auto kWhole = PlanTreeReader::Mode::Whole;

    static QByteArray withCompany(const QByteArray &rest)
    {
        return "customer:\n  company: \"Globex\"\n" + rest;
    }

    static QString firstError(const QByteArray &data, const QString &file)
    {
        ImportReport report;
        const Result<Plan> plan = file.endsWith(u".json")
            ? importPlanJson(data, file, &report, kWhole)
            : importPlanYaml(data, file, &report, kWhole);
        if (plan)
            return QStringLiteral("(imported)");
        return report.errors.empty() ? plan.error() : report.errors.front().toString();
    }

private slots:
    // The rules of the editor's fields.
    void refusedValues_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("negative money")
            << withCompany("roi_lines:\n  - benefit: Time\n    annual_value: {minor: -500000, "
                           "currency: USD}\n")
            << u"f.yaml:5:19: Annual value cannot be negative; -$5,000 is not allowed. (at "
               "roi_lines[0].annual_value)"_qs;
        QTest::newRow("negative threshold")
            << withCompany("plan:\n  health_yellow_min: -10\n")
            << u"f.yaml:4:22: At risk from score must be between 0 and 100; -10 is not. (at "
               "plan.health_yellow_min)"_qs;
        QTest::newRow("inverted thresholds")
            << withCompany("plan:\n  health_green_min: 40\n  health_yellow_min: 70\n")
            << u"f.yaml:4:21: The at-risk threshold (70) is above the healthy threshold (40). (at "
               "plan.health_green_min)"_qs;
        QTest::newRow("negative scope") << withCompany("plan:\n  scope_months: -3\n")
                                        << u"f.yaml:4:17: Scope (months) must be at least 1; -3 "
                                           "is not. (at plan.scope_months)"_qs;
        QTest::newRow("date before the range")
            << withCompany("plan:\n  created: \"1899-12-31\"\n")
            << u"f.yaml:4:12: Created must be between 1900-01-01 and 2200-12-31; 1899-12-31 is "
               "not. (at plan.created)"_qs;
        QTest::newRow("last date of the calendar")
            << withCompany("milestones:\n  - name: Go live\n    target_date: \"9999-12-31\"\n")
            << u"f.yaml:5:18: Target date must be between 1900-01-01 and 2200-12-31; 9999-12-31 "
               "is not. (at milestones[0].target_date)"_qs;
        QTest::newRow("date order")
            << withCompany("milestones:\n  - name: M\n    start_date: \"2026-05-01\"\n    "
                           "target_date: \"2026-04-01\"\n")
            << u"f.yaml:6:18: The target date (2026-04-01) is before the start date (2026-05-01). "
               "(at milestones[0].target_date)"_qs;
        QTest::newRow("text over the limit")
            << withCompany("plan:\n  title: \"" + QByteArray(10001, 'x') + "\"\n")
            << u"f.yaml:4:10: Title is too long: 10001 characters, at most 10000 are allowed. "
               "(at plan.title)"_qs;
        QTest::newRow("malformed e-mail")
            << withCompany("stakeholders:\n  customer:\n    - name: Ann\n      email: ann.at.x\n")
            << u"f.yaml:6:14: \"ann.at.x\" is not a valid e-mail address. (at "
               "stakeholders.customer[0].email)"_qs;
    }

    void refusedValues()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QCOMPARE(firstError(yaml, u"f.yaml"_qs), error);
    }

    // NUL, BEL, ESC, DEL and C1 controls never enter a plan; tabs and line breaks do.
    void controlCharacters_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        for (const char *escape : {"\\0", "\\a", "\\e", "\\x7f", "\\x85", "\\x1b[31m"}) {
            QTest::newRow(escape) << withCompany(QByteArray("risks:\n  - description: \"before")
                + escape
                + "after\"\n") << u"f.yaml:4:18: Risk contains an invisible control character"_qs;
        }
        QTest::newRow("json escape")
            << QByteArray("{\"customer\": {\"company\": \"Bad\\u0007 Corp\"}}")
            << u"f.json:1:26: Company contains an invisible control character (U+0007) at "
               "character 4"_qs;
    }

    void controlCharacters()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        const QString file = yaml.startsWith('{') ? u"f.json"_qs : u"f.yaml"_qs;
        const QString found = firstError(yaml, file);
        QVERIFY2(found.startsWith(error), qPrintable(found));
    }

    void tabsAndLineBreaksStay()
    {
        const auto plan
            = importPlanYaml(withCompany("risks:\n  - description: \"a\\tb\\r\\nc\\rd\\ne\"\n"),
                u"f.yaml"_qs, nullptr, kWhole);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->risks.front().description, u"a\tb\nc\nd\ne"_qs);
    }

    // What a parser would change without a word.
    void silentChanges_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("json duplicate key")
            << QByteArray("{\"customer\": {\"company\": \"A\", \"company\": \"B\"}}")
            << u"f.json"_qs
            << u"f.json:1:31: expected each key once in an object, found \"company\" again"_qs;
        QTest::newRow("json duplicate key by escape")
            << QByteArray("{\"plan\": {\"title\": \"A\"},\n \"pl\\u0061n\": {}}") << u"f.json"_qs
            << u"f.json:2:2: expected each key once in an object, found \"plan\" again"_qs;
        QTest::newRow("json lone high surrogate")
            << QByteArray("{\"customer\": {\"company\": \"Acme \\ud83dX\"}}") << u"f.json"_qs
            << u"f.json:1:32: expected a character, found half of a UTF-16 surrogate pair "
               "(\\ud83d) without its other half"_qs;
        QTest::newRow("json lone low surrogate")
            << QByteArray("{\"customer\": {\"company\": \"\\udc00\"}}") << u"f.json"_qs
            << u"f.json:1:27: expected a character, found half of a UTF-16 surrogate pair "
               "(\\udc00) without its other half"_qs;
        QTest::newRow("invalid utf-8 in yaml")
            << QByteArray("customer:\n  company: \"Gl\xffobex\"\n") << u"f.yaml"_qs
            << u"f.yaml:2:15: expected UTF-8 text, found the byte 0xff, which is not part of a "
               "UTF-8 character (save the file as UTF-8)"_qs;
        QTest::newRow("invalid utf-8 in json")
            << QByteArray("{\"customer\": {\"company\": \"\xc3\x28\"}}") << u"f.json"_qs
            << u"f.json:1:27: expected UTF-8 text, found the byte 0xc3, which is not part of a "
               "UTF-8 character (save the file as UTF-8)"_qs;
        QTest::newRow("overlong utf-8")
            << QByteArray("customer:\n  company: \"\xc0\xafx\"\n") << u"f.yaml"_qs
            << u"f.yaml:2:13: expected UTF-8 text, found the byte 0xc0, which is not part of a "
               "UTF-8 character (save the file as UTF-8)"_qs;
        QTest::newRow("utf-16") << QByteArray("\xff\xfe{\0}\0", 6) << u"f.json"_qs
                                << u"f.json:1:1: expected UTF-8 text, found UTF-16 (save the file "
                                   "as UTF-8)"_qs;
        QTest::newRow("null company")
            << QByteArray("customer:\n  company: null\n") << u"f.yaml"_qs
            << u"f.yaml:2:12: Company cannot be empty. (at customer.company)"_qs;
        QTest::newRow("json null company")
            << QByteArray("{\"customer\": {\"company\": null}}") << u"f.json"_qs
            << u"f.json:1:26: Company cannot be empty. (at customer.company)"_qs;
        QTest::newRow("no customer")
            << QByteArray("plan:\n  title: Orphan\n") << u"f.yaml"_qs
            << u"f.yaml: Company cannot be empty. (at customer.company)"_qs;
        QTest::newRow("carriage returns only")
            << QByteArray("\r\r\r") << u"f.yaml"_qs
            << u"f.yaml: expected a plan, found only spaces and line breaks"_qs;
        QTest::newRow("empty file") << QByteArray() << u"f.json"_qs
                                    << u"f.json: expected a plan, found an empty file (0 bytes)"_qs;
        QTest::newRow("merge of a scalar")
            << withCompany("plan:\n  <<: 5\n") << u"f.yaml"_qs
            << u"f.yaml:4:3: expected a map or a list of maps after the merge key \"<<\", found "
               "\"5\""_qs;
    }

    void silentChanges()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, file);
        QFETCH(QString, error);
        QCOMPARE(firstError(data, file), error);
    }

    // YAML merge keys are applied, as YAML 1.1 defines them.
    void mergeKeys()
    {
        const QByteArray yaml
            = "customer:\n  company: Globex\n"
              "defaults: &risk\n  likelihood: high\n  impact: low\n  owner: Kim\n"
              "more: &owner\n  owner: Lee\n  status: open\n"
              "risks:\n"
              "  - description: Both merged\n    <<: [*owner, *risk]\n"
              "  - description: Own impact wins\n    impact: critical\n    <<: *risk\n"
              "  - description: Quoted is a key\n    \"<<\": ignored\n";
        ImportReport report;
        const auto plan = importPlanYaml(yaml, u"f.yaml"_qs, &report, kWhole);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->risks.size(), std::size_t(3));
        QCOMPARE(plan->risks[0].likelihood, Level::High);
        QCOMPARE(plan->risks[0].owner, u"Lee"_qs); // the earlier map of the list wins
        QCOMPARE(plan->risks[1].impact, Level::Critical); // the map's own key wins
        QCOMPARE(plan->risks[1].owner, u"Kim"_qs);
        QStringList warnings;
        for (const Diagnostic &d : report.warnings)
            warnings << d.path;
        QVERIFY2(warnings.contains(u"risks[2].<<"_qs), qPrintable(warnings.join(u", ")));
        QVERIFY(!warnings.contains(u"risks[0].<<"_qs));
    }

    // Templates are read without an account: their company comes with `accord new`.
    void templatesNeedNoCompany()
    {
        QVERIFY(importPlanYaml("plan:\n  title: Template\n", u"t.yaml"_qs));
        QVERIFY(importPlanYaml("customer:\n  company: null\n", u"t.yaml"_qs));
    }
};

QTEST_GUILESS_MAIN(TestImportValidation)
#include "tst_importvalidation.moc"
