// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportformat.h"
#include "model/plan.h"
#include "model/plantable.h"
#include "rules/placeholders.h"
#include "templates/templatecatalog.h"

#include <QRegularExpression>
#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2026, 11, 30);

// Template text as a reader would see it in a document: a bracketed prompt, "TBD",
// a line of underscores.
const QRegularExpression kLeftover(
    QStringLiteral("\\[[^\\]\\n]*[A-Za-z0-9][^\\]\\n]*\\](?!\\()|\\bTBD\\b|_{3,}"));

} // namespace

// A plan fresh from a template is full of prompts to fill in: they are listed
// before export (`accord check`, the export dialog) and never printed.
class TestPlaceholders : public QObject {
    Q_OBJECT

private slots:
    void textsThatAreTemplateText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("placeholder");
        QTest::newRow("prompt") << QStringLiteral("[2–3 sentences on the business case]") << true;
        QTest::newRow("inside a sentence")
            << QStringLiteral("Reduce report time by [X%] by Q3") << true;
        QTest::newRow("tbd") << QStringLiteral("Owner TBD") << true;
        QTest::newRow("underscores") << QStringLiteral("Signed: ______") << true;
        QTest::newRow("plain") << QStringLiteral("Reduce report time by 40% by Q3") << false;
        QTest::newRow("link") << QStringLiteral("See [the runbook](https://x.example)") << false;
        QTest::newRow("a letter") << QStringLiteral("[X] users") << true;
        QTest::newRow("snake_case") << QStringLiteral("executive_sponsor") << false;
        QTest::newRow("word containing tbd") << QStringLiteral("outbdound") << false;
    }

    void textsThatAreTemplateText()
    {
        QFETCH(QString, text);
        QFETCH(bool, placeholder);
        QCOMPARE(Placeholders::isPlaceholder(text), placeholder);
    }

    void everyTemplateListsItsPlaceholdersAndPrintsNone_data()
    {
        QTest::addColumn<QString>("key");
        for (const PlanTemplate &t : TemplateCatalog::all()) {
            if (t.builtIn)
                QTest::newRow(qPrintable(t.key)) << t.key;
        }
    }

    void everyTemplateListsItsPlaceholdersAndPrintsNone()
    {
        QFETCH(QString, key);
        Account account;
        account.company = QStringLiteral("Globex");
        const Result<Plan> plan
            = TemplateCatalog::instantiate(*TemplateCatalog::find(key), account, kToday);
        QVERIFY2(plan, qPrintable(plan.error()));
        const std::vector<Warning> found = Placeholders::of(*plan);
        QVERIFY(!found.empty());
        // each one names its field and a row that exists
        for (const Warning &w : found) {
            QCOMPARE(w.code, QStringLiteral("placeholder"));
            QVERIFY(w.field.isValid());
            QVERIFY(w.field.table->indexOfRow(*plan, w.rowId) >= 0);
        }
        // the text of every bracketed prompt in the plan is among them
        for (const PlanTable *table : planTables()) {
            for (int row = 0; row < table->rowCount(*plan); ++row) {
                for (int f = 0; f < int(table->fields().size()); ++f) {
                    const QString text = table->value(*plan, row, f).toString();
                    if (!kLeftover.match(text).hasMatch())
                        continue;
                    const qint64 id = table->rowId(*plan, row);
                    QVERIFY2(std::any_of(found.begin(), found.end(),
                                 [&](const Warning &w) {
                                     return w.field == FieldRef {table, f} && w.rowId == id;
                                 }),
                        qPrintable(text));
                }
            }
        }
        for (const auto kind : {ExportFormat::Kind::Html, ExportFormat::Kind::Markdown}) {
            for (const Audience audience : {Audience::Joint, Audience::Internal}) {
                ReportOptions options;
                options.today = kToday;
                options.audience = audience;
                const QString text = QString::fromUtf8(ExportFormat::render(*plan, kind, options));
                const QRegularExpressionMatch leftover = kLeftover.match(text);
                QVERIFY2(!leftover.hasMatch(), qPrintable(leftover.captured(0)));
            }
        }
    }

    void peopleWithoutANameAreListedAndLeftOut()
    {
        Plan plan;
        plan.account.company = QStringLiteral("Globex");
        plan.account.contractStart = kToday;
        plan.account.renewalDate = kToday.addYears(1);
        Stakeholder unnamed;
        unnamed.id = StakeholderId(1);
        unnamed.type = QStringLiteral("champion");
        plan.stakeholders.push_back(unnamed);
        const std::vector<Warning> found = Placeholders::of(plan);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().field, fieldOf<&Stakeholder::name>());
        QVERIFY(Placeholders::cleared(plan).stakeholders.empty());
    }

    void missingHeaderDatesAreListed()
    {
        Plan plan;
        plan.account.company = QStringLiteral("Globex");
        const std::vector<Warning> found = Placeholders::of(plan);
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0].field, fieldOf<&Account::contractStart>());
        QCOMPARE(found[1].field, fieldOf<&Account::renewalDate>());
    }
};

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
