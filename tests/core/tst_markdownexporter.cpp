// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "../support/fullplan.h"
#include "../support/jointplanheadings.h"

#include "export/exportformat.h"
#include "io/markdowntext.h"
#include "io/planio.h"
#include "text/fieldtext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2026, 2, 15);

using test::kJointPlanHeadings;

QString markdown(const Plan &plan, Audience audience = Audience::Joint)
{
    ReportOptions options;
    options.today = kToday;
    options.audience = audience;
    return QString::fromUtf8(ExportFormat::render(plan, ExportFormat::Kind::Markdown, options));
}

// The titles of the "## n. Title" headings, checking that n counts 1, 2, 3…
QStringList sectionTitles(const QString &md)
{
    static const QRegularExpression heading(
        QStringLiteral("^## (\\d+)\\. (.+)$"), QRegularExpression::MultilineOption);
    QStringList titles;
    auto it = heading.globalMatch(md);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).toInt() != titles.size() + 1)
            return {QStringLiteral("numbering broken at ") + m.captured(0)};
        titles << m.captured(2);
    }
    return titles;
}

// The number of cells of a pipe-table line: unescaped "|" minus one.
int cellCount(const QString &line)
{
    int pipes = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\')
            ++i; // the escaped character
        else if (line.at(i) == u'|')
            ++pipes;
    }
    return pipes - 1;
}

// Every table: a header, a "|---|" separator with as many columns, rows alike.
// Returns the problems found and counts the tables.
QStringList tableProblems(const QString &md, int *tables)
{
    static const QRegularExpression separator(QStringLiteral("^\\|(---\\|)+$"));
    QStringList problems;
    const QStringList lines = md.split(u'\n');
    *tables = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(u'|') || (i > 0 && lines.at(i - 1).startsWith(u'|')))
            continue;
        ++*tables;
        const int columns = cellCount(lines.at(i));
        if (i + 1 >= lines.size() || !separator.match(lines.at(i + 1)).hasMatch()
            || cellCount(lines.at(i + 1)) != columns)
            problems << QStringLiteral("no separator after: ") + lines.at(i);
        for (qsizetype j = i + 2; j < lines.size() && lines.at(j).startsWith(u'|'); ++j) {
            if (cellCount(lines.at(j)) != columns || !lines.at(j).endsWith(u'|'))
                problems << QStringLiteral("%1 cells instead of %2: %3")
                                .arg(cellCount(lines.at(j)))
                                .arg(columns)
                                .arg(lines.at(j));
        }
    }
    return problems;
}

// What of a value must be in the document: each item of a list, each line of text.
QStringList pieces(const FieldInfo &field, const QVariant &value)
{
    const QStringList parts = field.kind == FieldKind::StringList
        ? value.toStringList()
        : FieldText::display(field, value).split(u'\n');
    QStringList result;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            result << MarkdownText::inlineText(part);
    }
    return result;
}

} // namespace

class TestMarkdownExporter : public QObject {
    Q_OBJECT

private slots:
    void acmeHasTheJointPlanHeaderBlock()
    {
        const QString md = markdown(test::acmePlan());
        QVERIFY(md.startsWith(QStringLiteral("# Customer Success Plan: Acme Corp\n\n")));
        const QStringList expected {QStringLiteral("**Account:** Acme Corp"),
            QStringLiteral("**Product:** Enterprise"),
            QStringLiteral("**Contract term:** 2025-08-01 → 2026-08-01"),
            QStringLiteral("**CSM:** Jane Smith"),
            QStringLiteral("**Customer champion:** Mike Torres, Operations Manager"),
            QStringLiteral("**Customer executive sponsor:** Sarah Chen, VP Operations"),
            QStringLiteral("**Last updated:** 2026-02-01"), QStringLiteral("**Status:** Active"),
            QStringLiteral("**Version:** 1.0")};
        // hard line breaks: two spaces at the end of each line
        const QString block
            = expected.join(QStringLiteral("  \n")) + QStringLiteral("  \n\n---\n\n## 1. ");
        QVERIFY2(md.contains(block), qPrintable(md.left(600)));
    }

    void acmeHasTheJointPlanSectionsInOrder()
    {
        const QStringList titles = sectionTitles(markdown(test::acmePlan()));
        QStringList sectionsPresent;
        for (const QString &t : titles) {
            if (kJointPlanHeadings.contains(t))
                sectionsPresent << t;
        }
        // All eight, first, in order; Acme's commitments are still to be agreed.
        QCOMPARE(sectionsPresent, kJointPlanHeadings);
        QCOMPARE(titles.mid(0, kJointPlanHeadings.size()), kJointPlanHeadings);
        QVERIFY(titles.contains(QStringLiteral("Review History")));
        QVERIFY(titles.contains(QStringLiteral("Appendix")));
        QVERIFY(markdown(test::acmePlan())
                    .contains(QStringLiteral("## 4. Mutual Commitments\n\n*To be agreed.*")));
    }

    void acmeTablesHaveConsistentColumns()
    {
        const QString md = markdown(test::acmePlan());
        int tables = 0;
        const QStringList problems = tableProblems(md, &tables);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(tables >= 6);
        QVERIFY(md.contains(QStringLiteral("| Metric | Baseline (today) | Target | By when | Data "
                                           "source |\n|---|---|---|---|---|\n"
                                           "| Report generation time | 4 hours per report | 30 "
                                           "minutes per report | 2026-04-01 |  |")));
        QVERIFY(md.contains(QStringLiteral(
            "| R1: IT security approval for API access may delay automation milestone | Medium | "
            "High | CSM to schedule call with IT Director and security team by Feb 15 |")));
    }

    void acmeMilestonesWithoutPhaseSitUnderTheirOutcome()
    {
        const QString md = markdown(test::acmePlan());
        const qsizetype o1
            = md.indexOf(QStringLiteral("### Outcome O1: Reduce monthly report generation time"));
        const qsizetype o2
            = md.indexOf(QStringLiteral("### Outcome O2: Achieve 80% team adoption"));
        QVERIFY(o1 > 0 && o2 > o1);
        QVERIFY(md.indexOf(QStringLiteral(
                    "| Report templates configured | Mike Torres | 2025-10-01 | Complete |"))
            > o1);
        QVERIFY(md.indexOf(QStringLiteral(
                    "| 80% adoption reached | Mike Torres | 2026-04-01 | In progress |"))
            > o2);
        QVERIFY(!md.contains(QStringLiteral("### Unphased")));
        QVERIFY(md.contains(QStringLiteral("Requires API access approval from IT security")));
    }

    void fullPlanShowsEveryValue()
    {
        const Plan plan = test::fullPlan();
        const QString md = markdown(plan, Audience::Internal); // every value
        QStringList missing;
        for (const PlanTable *t : planTables()) {
            for (int r = 0; r < t->rowCount(plan); ++r) {
                for (int f = 0; f < int(t->fields().size()); ++f) {
                    const FieldInfo &info = t->fields()[std::size_t(f)];
                    // References are shown by name, a checkbox shows "met", the
                    // signed snapshot is machine JSON (its fingerprint is shown).
                    if (info.kind == FieldKind::Ref || info.kind == FieldKind::Bool
                        || (t->name() == u"sign_off"
                            && (info.key == u"snapshot" || info.key == u"fingerprint")))
                        continue;
                    for (const QString &piece : pieces(info, t->value(plan, r, f))) {
                        if (!md.contains(piece))
                            missing << QStringLiteral("%1[%2].%3: %4")
                                           .arg(t->name())
                                           .arg(r)
                                           .arg(info.key, piece);
                    }
                }
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void fullPlanIsWellFormed()
    {
        const QString md = markdown(test::fullPlan());
        int tables = 0;
        const QStringList problems = tableProblems(md, &tables);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QStringList titles = sectionTitles(md);
        QCOMPARE(titles.mid(0, 1), QStringList {kJointPlanHeadings.at(0)});
        QStringList sectionsPresent;
        for (const QString &t : titles) {
            if (kJointPlanHeadings.contains(t))
                sectionsPresent << t;
        }
        QCOMPARE(sectionsPresent, kJointPlanHeadings);
        QVERIFY(titles.size() > 15);
        QVERIFY(md.contains(QStringLiteral("### Phase 1: ")));
        QVERIFY(!md.contains(QStringLiteral("**Health score:** "))); // internal
        QVERIFY(markdown(test::fullPlan(), Audience::Internal)
                    .contains(QStringLiteral("**Health score:** ")));
    }

    void roiIsWorkedOut()
    {
        Plan plan;
        const auto period = [](int month, qint64 investment, qint64 benefits) {
            RoiPeriod p;
            p.id = RowId(month);
            p.month = month;
            p.investment = Money {investment * 100, QStringLiteral("USD")};
            p.benefits = Money {benefits * 100, QStringLiteral("USD")};
            return p;
        };
        plan.roiPeriods = {period(3, 10000, 15000), period(1, 50000, 0), period(12, 0, 60000)};
        const QString md = markdown(plan);
        QVERIFY2(
            md.contains(QStringLiteral("| Month | Investment | Benefits | Net ROI | Cumulative |")),
            qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| Month 1 | $50,000 | $0 | -$50,000 | -$50,000 |")));
        QVERIFY(md.contains(QStringLiteral("| Month 3 | $10,000 | $15,000 | $5,000 | -$45,000 |")));
        QVERIFY(md.contains(QStringLiteral("| Month 12 | $0 | $60,000 | $60,000 | $15,000 |")));
        QVERIFY(md.contains(QStringLiteral("| Total | $60,000 | $75,000 | $15,000 |  |")));
        QVERIFY(md.contains(QStringLiteral("Return on investment: 25 % · paid back in month 12")));
    }

    void cellsAreEscaped()
    {
        Plan plan;
        Milestone m;
        m.id = RowId(1);
        m.name = QStringLiteral("  Pipes | inside\nand a second line  ");
        m.owner = QStringLiteral("A\\|B");
        m.targetDate = QDate(2026, 3, 1);
        m.notes = QStringLiteral("Notes | for the appendix");
        plan.milestones.push_back(m);
        const QString md = markdown(plan);
        QVERIFY(md.contains(QStringLiteral("Notes \\| for the appendix")));
        QVERIFY2(
            md.contains(QStringLiteral(
                "| Pipes \\| inside<br>and a second line | A\\\\\\|B | 2026-03-01 | Pending |")),
            qPrintable(md));
        int tables = 0;
        QVERIFY(tableProblems(md, &tables).isEmpty());
        QCOMPARE(tables, 2); // the milestone in the roadmap and in the appendix's details
    }

    void userTextNeverBecomesStructure()
    {
        Plan plan;
        plan.header.vision = QStringLiteral(
            "# not a heading\n- not a list\n1. not ordered\n> not a quote\n"
            "<img src=x onerror=alert(1)> *stars* _under_ [link](http://x) `code` ~~gone~~ &amp;");
        plan.header.primaryGoal = QStringLiteral("snake_case stays readable & so does R&D");
        const QString md = markdown(plan);
        QVERIFY2(
            md.contains(QStringLiteral(
                "\\# not a heading\\\n\\- not a list\\\n1\\. not ordered\\\n\\> not a quote\\\n"
                "\\<img src=x onerror=alert(1)> \\*stars\\* \\_under\\_ \\[link\\](http://x) "
                "\\`code\\` \\~\\~gone\\~\\~ \\&amp;")),
            qPrintable(md));
        QVERIFY(md.contains(
            QStringLiteral("**Primary business goal:** snake_case stays readable & so does R&D")));
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("[^\\\\]<img"))));
    }

    void emptySectionsAreToBeAgreedOrLeftOut()
    {
        Plan plan;
        plan.account.company = QStringLiteral("Initech");
        Risk risk;
        risk.id = RowId(1);
        risk.description = QStringLiteral("Champion leaves");
        plan.risks.push_back(risk);
        Touchpoint t;
        t.id = RowId(1);
        t.name = QStringLiteral("QBR");
        plan.touchpoints.push_back(t);
        const QString md = markdown(plan);
        const QStringList titles = sectionTitles(md);
        QCOMPARE(titles.mid(0, 8), kJointPlanHeadings);
        QVERIFY(md.contains(QStringLiteral("## 1. Partnership Objectives\n\n*To be agreed.*")));
        QVERIFY(md.contains(QStringLiteral("## 6. Risk & Mitigation\n\n| Risk |")));
        QVERIFY(md.contains(QStringLiteral("## 7. Communication Plan\n\n| Communication |")));
        for (const QString &absent : {QStringLiteral("Health Score"),
                 QStringLiteral("Review History"), QStringLiteral("QBR Agenda")})
            QVERIFY2(!titles.contains(absent), qPrintable(absent));
        QVERIFY(!md.contains(QStringLiteral("**CSM:**")));
        QVERIFY(!md.contains(QStringLiteral("**Contract term:**")));
        QVERIFY(!md.contains(QStringLiteral("\n\n\n")));
    }

    void phasesAndObjectivesFollowTheSeed()
    {
        Plan plan;
        plan.header.primaryGoal = QStringLiteral("Reduce time-to-hire by 30%");
        plan.header.secondaryGoals = {QStringLiteral("Consolidate three tools")};
        plan.header.successStatement = QStringLiteral("We hire in half the time.");
        plan.phases.push_back(
            {PhaseId(1), QStringLiteral("Onboard"), QStringLiteral("Month 1"), {}, {}});
        Milestone m;
        m.id = RowId(1);
        m.phase = PhaseId(1);
        m.name = QStringLiteral("Admin setup complete");
        m.owner = QStringLiteral("IT contact");
        plan.milestones.push_back(m);
        m.id = RowId(2);
        m.phase = PhaseId();
        m.name = QStringLiteral("Loose end");
        plan.milestones.push_back(m);
        plan.commitments.push_back({RowId(1), Side::Vendor, QStringLiteral("Dedicated CSM")});
        plan.commitments.push_back(
            {RowId(2), Side::Customer, QStringLiteral("Champion available")});
        plan.account.company = QStringLiteral("Initech");
        const QString md = markdown(plan);
        QVERIFY2(
            md.contains(QStringLiteral(
                "## 1. Partnership Objectives\n\n**Primary business goal:** Reduce time-to-hire by "
                "30%  \n"
                "**Secondary goal:** Consolidate three tools  \n\n"
                "*Success statement (customer's words)*\n\n> \"We hire in half the time.\"")),
            qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("### Phase 1: Onboard (Month 1)\n\n| Milestone | Owner "
                                           "| Due date | Status |\n|---|---|---|---|\n"
                                           "| Admin setup complete | IT contact |  | Pending |")));
        QVERIFY(md.contains(QStringLiteral("### Unphased\n\n| Milestone | Owner | Due date | "
                                           "Status |\n|---|---|---|---|\n| Loose end |")));
        QVERIFY(md.contains(QStringLiteral("#### Vendor commits to:\n\n- Dedicated CSM\n\n#### "
                                           "Initech commits to:\n\n- Champion available")));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
