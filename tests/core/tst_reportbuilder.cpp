// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "../support/fullplan.h"
#include "../support/jointplanheadings.h"

#include "model/plan.h"
#include "report/reportbuilder.h"
#include "rules/planfingerprint.h"

#include <QTest>

using namespace accord;
using namespace accord::ReportBlock;

namespace {

const QDate kToday(2026, 2, 15);

using test::kJointPlanHeadings;

Report build(const Plan &plan, bool blank = false, Audience audience = Audience::Joint)
{
    ReportOptions options;
    options.today = kToday;
    options.blank = blank;
    options.audience = audience;
    return ReportBuilder::build(plan, options);
}

// The section headings, checking that they are numbered 1, 2, 3…
QStringList sections(const Report &report)
{
    QStringList titles;
    for (const Block &block : report.blocks) {
        if (const auto *h = std::get_if<Heading>(&block); h && h->level == 1) {
            if (h->number != QString::number(titles.size() + 1))
                return {QStringLiteral("numbering broken at ") + h->text};
            titles << h->text;
        }
    }
    return titles;
}

// Every piece of text of the report in document order, one string per cell/line.
QStringList texts(const Report &report)
{
    QStringList out;
    for (const Block &block : report.blocks) {
        std::visit(
            [&](const auto &b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, Title>)
                    out << b.kicker << b.title << b.subtitle;
                else if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, Paragraph>)
                    out << b.text;
                else if constexpr (std::is_same_v<T, KeyValues>) {
                    for (const auto &[k, v] : b.items)
                        out << k << v;
                } else if constexpr (std::is_same_v<T, Table>) {
                    out << b.table.header;
                    for (const QStringList &row : b.table.rows)
                        out << row;
                } else if constexpr (std::is_same_v<T, Bullets>)
                    out << b.items;
                else if constexpr (std::is_same_v<T, ReportBlock::Figure>)
                    out << b.caption;
                else if constexpr (std::is_same_v<T, Signature>)
                    out << b.name << b.title;
            },
            block);
    }
    return out;
}

template<typename T> std::vector<T> blocksOf(const Report &report)
{
    std::vector<T> result;
    for (const Block &block : report.blocks) {
        if (const auto *b = std::get_if<T>(&block))
            result.push_back(*b);
    }
    return result;
}

// Index of the first text at or after `from` that contains `needle`; -1 if none.
qsizetype find(const QStringList &list, const QString &needle, qsizetype from)
{
    for (qsizetype i = from; i < list.size(); ++i) {
        if (list[i].simplified().contains(needle.simplified()))
            return i;
    }
    return -1;
}

} // namespace

class TestReportBuilder : public QObject {
    Q_OBJECT

private slots:
    void acmeSectionsInJointPlanOrder()
    {
        const Report report = build(test::acmePlan());
        const QStringList titles = sections(report);
        // The joint plan's eight, always, in order.
        QCOMPARE(titles.mid(0, 8), kJointPlanHeadings);
        // Acme has no commitments: the section says they are to be agreed.
        const QStringList all = texts(report);
        QCOMPARE(all.value(all.indexOf(QStringLiteral("Mutual Commitments")) + 1),
            QStringLiteral("To be agreed."));
        QVERIFY(titles.contains(QStringLiteral("Review History")));
        QCOMPARE(titles.last(), QStringLiteral("Sign-off"));
        // The sign-off starts a page of its own.
        const auto signOff
            = std::find_if(report.blocks.cbegin(), report.blocks.cend(), [](const Block &b) {
                  const auto *h = std::get_if<Heading>(&b);
                  return h && h->text == u"Sign-off";
              });
        QVERIFY(std::holds_alternative<PageBreak>(*(signOff - 1)));
    }

    void acmeContentInOrder()
    {
        const Plan plan = test::acmePlan();
        const QStringList all = texts(build(plan));
        qsizetype at = find(all, QStringLiteral("Partnership Objectives"), 0);
        QVERIFY(at >= 0);
        for (const Outcome &o : plan.outcomes) {
            at = find(all, o.description, at + 1);
            QVERIFY2(at >= 0, qPrintable(o.description));
        }
        at = find(all, QStringLiteral("Milestone Roadmap"), at + 1);
        QVERIFY(at >= 0);
        // Acme's milestones have no phase: under their outcome, in plan order.
        for (const Milestone &m : plan.milestones) {
            at = find(all, m.name, at + 1);
            QVERIFY2(at >= 0, qPrintable(m.name));
            QCOMPARE(all.value(at + 1), m.owner);
        }
        at = find(all, QStringLiteral("Risk & Mitigation"), at + 1);
        for (const Risk &r : plan.risks) {
            at = find(all, r.description, at + 1);
            QVERIFY2(at >= 0, qPrintable(r.description));
        }
    }

    void headerBlockOfTheJointPlan()
    {
        const Report report = build(test::acmePlan());
        QCOMPARE(report.title, QStringLiteral("Customer Success Plan: Acme Corp"));
        QCOMPARE(report.author, QStringLiteral("Jane Smith"));
        QCOMPARE(report.account, QStringLiteral("Acme Corp"));
        QCOMPARE(report.fingerprint, planFingerprint(test::acmePlan()));
        QCOMPARE(report.shortFingerprint().size(), 12);
        const KeyValues header = blocksOf<KeyValues>(report).front();
        QStringList labels;
        for (const auto &[label, value] : header.items)
            labels << label;
        QCOMPARE(labels,
            (QStringList {QStringLiteral("Account:"), QStringLiteral("Product:"),
                QStringLiteral("Contract term:"), QStringLiteral("CSM:"),
                QStringLiteral("Customer champion:"), QStringLiteral("Customer executive sponsor:"),
                QStringLiteral("Last updated:"), QStringLiteral("Status:"),
                QStringLiteral("Version:")}));
        QCOMPARE(header.items[2].second, QStringLiteral("2025-08-01 \u2192 2026-08-01"));
        QCOMPARE(header.items[4].second, QStringLiteral("Mike Torres, Operations Manager"));
        QCOMPARE(header.items[5].second, QStringLiteral("Sarah Chen, VP Operations"));
    }

    void emptySectionsLeftOut()
    {
        const Report report = build(Plan());
        // The joint plan's sections are there, to be agreed; of the others only the
        // appendix (a new plan's defaults: cadence, scope, format…) and the sign-off.
        const QStringList expected = kJointPlanHeadings
            + QStringList {QStringLiteral("Appendix"), QStringLiteral("Sign-off")};
        QCOMPARE(sections(report), expected);
        QCOMPARE(texts(report).count(QStringLiteral("To be agreed.")), 8);
        QVERIFY(blocksOf<Table>(report).empty());
        QVERIFY(blocksOf<ReportBlock::Figure>(report).empty());
    }

    void ourCompanyIsNamed()
    {
        Plan plan = test::acmePlan();
        plan.commitments.push_back({RowId(1), Side::Vendor, QStringLiteral("A named CSM")});
        ReportOptions options;
        options.today = kToday;
        const QStringList unnamed = texts(ReportBuilder::build(plan, options));
        QVERIFY(unnamed.contains(QStringLiteral("Vendor commits to:")));
        QVERIFY(unnamed.contains(QStringLiteral("Vendor")));
        options.vendor = QStringLiteral("Northwind Software");
        const QStringList named = texts(ReportBuilder::build(plan, options));
        QVERIFY(named.contains(QStringLiteral("Northwind Software commits to:")));
        QVERIFY(named.contains(QStringLiteral("Vendor: Northwind Software")));
        QVERIFY(!named.contains(QStringLiteral("Vendor commits to:")));
    }

    void onlyTheChosenSectionsInOrder()
    {
        ReportOptions options;
        options.today = kToday;
        options.sections
            = {ReportSection::SignOff, ReportSection::Risks, ReportSection::Objectives};
        const QStringList titles = sections(ReportBuilder::build(test::acmePlan(), options));
        QCOMPARE(titles,
            (QStringList {QStringLiteral("Partnership Objectives"),
                QStringLiteral("Risk & Mitigation"), QStringLiteral("Sign-off")}));
    }

    void eachRowOnceTheDetailsInTheAppendix()
    {
        const Plan plan = test::acmePlan();
        const QStringList all = texts(build(plan));
        // A milestone's name is in the roadmap and, with what the roadmap leaves out,
        // once more as the label of its row in the appendix's details; no third time.
        for (const Milestone &m : plan.milestones)
            QVERIFY2(all.count(m.name) <= 2, qPrintable(m.name));
        const qsizetype appendix = all.indexOf(QStringLiteral("Appendix"));
        QVERIFY(appendix > 0);
        QVERIFY(all.indexOf(QStringLiteral("Milestone details")) > appendix);
        QVERIFY(all.indexOf(QStringLiteral("Risk register")) > appendix);
        QVERIFY(!all.contains(QStringLiteral("Stakeholder Map")));
        QVERIFY(!all.contains(QStringLiteral("Milestone Details")));
    }

    void everySectionOfAFullPlan()
    {
        Plan plan = test::fullPlan(2);
        plan.stakeholders.front().side = Side::Customer; // engagement lists the customer's
        const QStringList titles = sections(build(plan, false, Audience::Internal));
        for (const QString &heading : kJointPlanHeadings)
            QVERIFY2(titles.contains(heading), qPrintable(heading));
        // The vendor's sections are in the internal version only.
        const QStringList customer = sections(build(plan));
        for (const char *internal : {"Health Score", "Expansion", "Early-Warning Signals",
                 "Tools & Resources", "Continuous Improvement"}) {
            QVERIFY2(titles.contains(QString::fromLatin1(internal)), internal);
            QVERIFY2(!customer.contains(QString::fromLatin1(internal)), internal);
        }
        for (const char *extra : {"Technical Requirements", "Training & Adoption",
                 "Personas & Onboarding", "Health Score", "Value & ROI", "Expansion",
                 "Review History", "Appendix", "Document History", "Sign-off"})
            QVERIFY2(titles.contains(QString::fromLatin1(extra)), extra);
        QVERIFY(titles.indexOf(QStringLiteral("Appendix"))
            < titles.indexOf(QStringLiteral("Document History")));
    }

    void blankTemplateIsAForm()
    {
        const Plan plan = test::acmePlan();
        const Report report = build(plan, true);
        const QStringList titles = sections(report);
        for (const QString &heading : kJointPlanHeadings)
            QVERIFY2(titles.contains(heading), qPrintable(heading));
        for (const Table &t : blocksOf<Table>(report)) {
            if (t.table.header.first() == u"Level")
                continue; // the health levels are part of the form
            QVERIFY2(t.table.rows.isEmpty(), qPrintable(t.table.header.join(u'|')));
            QVERIFY(t.blankRows > 0);
        }
        for (const KeyValues &kv : blocksOf<KeyValues>(report))
            QVERIFY(kv.blank);
        QVERIFY(blocksOf<ReportBlock::Figure>(report).empty());
        const QStringList all = texts(report);
        QCOMPARE(find(all, plan.outcomes.front().description, 0), -1);
        QCOMPARE(find(all, plan.risks.front().description, 0), -1);
        // Acme has no phases: the joint plan's four, each with rows to fill in.
        for (const char *phase :
            {"Phase 1: Onboard (Month 1)", "Phase 4: Renew & Expand (Months 7–12)"})
            QVERIFY2(find(all, QString::fromUtf8(phase), 0) >= 0, phase);
        const auto people = blocksOf<Signature>(report);
        QCOMPARE(people.size(), std::size_t(4));
        for (const Signature &s : people)
            QVERIFY(s.name.isEmpty() && s.title.isEmpty() && !s.date.isValid());
    }

    void signatoriesOfBothSides()
    {
        Plan plan = test::acmePlan();
        // None recorded: the customer's sponsor and champion, the vendor's CSM.
        auto people = blocksOf<Signature>(build(plan));
        QCOMPARE(people.size(), std::size_t(3));
        QCOMPARE(people[0].name, QStringLiteral("Sarah Chen"));
        QCOMPARE(people[0].title, QStringLiteral("VP Operations"));
        QCOMPARE(people[0].party, QStringLiteral("Acme Corp"));
        QCOMPARE(people[1].name, QStringLiteral("Mike Torres"));
        QCOMPARE(people[2].name, QStringLiteral("Jane Smith"));
        QCOMPARE(people[2].party, QStringLiteral("Vendor"));

        plan.signatories = {{RowId(1), Side::Vendor, QStringLiteral("Tom Brown"),
                                QStringLiteral("Solutions Engineer"), {}, QDate(2026, 2, 3)},
            {RowId(2), Side::Customer, QStringLiteral("Lisa Park"), {},
                QStringLiteral("Technical Lead"), {}}};
        people = blocksOf<Signature>(build(plan));
        QCOMPARE(people.size(), std::size_t(2));
        QCOMPARE(people[0].name, QStringLiteral("Lisa Park")); // customer first
        QCOMPARE(people[0].title, QStringLiteral("Technical Lead"));
        QCOMPARE(people[1].name, QStringLiteral("Tom Brown"));
        QCOMPARE(people[1].date, QDate(2026, 2, 3));
    }

    void signOffAndChangedSinceSigned()
    {
        Plan plan = test::acmePlan();
        SignOff signOff;
        signOff.id = RowId(1);
        signOff.date = QDate(2026, 2, 10);
        signOff.version = QStringLiteral("1.0");
        signOff.fingerprint = planFingerprint(plan);
        signOff.signatories = {QStringLiteral("Sarah Chen, VP Operations (customer)")};
        plan.signOffs.push_back(signOff);

        Report report = build(plan);
        auto records = blocksOf<SignOffRecord>(report);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].date, QDate(2026, 2, 10));
        QCOMPARE(records[0].fingerprint, signOff.fingerprint.left(12));
        QCOMPARE(records[0].signatories, signOff.signatories);
        QVERIFY(!records[0].changedSince);
        QVERIFY(blocksOf<Notice>(report).empty());

        plan.risks.front().mitigation = QStringLiteral("Escalated to the CIO");
        report = build(plan);
        records = blocksOf<SignOffRecord>(report);
        QVERIFY(records[0].changedSince);
        const auto notices = blocksOf<Notice>(report);
        QCOMPARE(notices.size(), std::size_t(1));
        QCOMPARE(notices[0].title, QStringLiteral("Changed since signed"));
        QVERIFY(notices[0].text.contains(QStringLiteral("2026-02-10")));
        // the notice is at the top, before the first section
        const auto noticeAt = std::find_if(report.blocks.cbegin(), report.blocks.cend(),
            [](const Block &b) { return std::holds_alternative<Notice>(b); });
        const auto firstSection = std::find_if(report.blocks.cbegin(), report.blocks.cend(),
            [](const Block &b) { return std::holds_alternative<Heading>(b); });
        QVERIFY(noticeAt < firstSection);
    }

    void largeRoadmapGetsATimelinePerPhase()
    {
        Plan plan = test::acmePlan();
        const auto timelines = [](const Report &report) {
            std::vector<ReportBlock::Figure> result;
            for (const auto &f : blocksOf<ReportBlock::Figure>(report)) {
                if (f.kind == FigureKind::Timeline)
                    result.push_back(f);
            }
            return result;
        };
        const auto one = timelines(build(plan));
        QCOMPARE(one.size(), std::size_t(1));
        QVERIFY(one.front().milestones.empty()); // the whole plan

        // 60 milestones in two phases: 40 (two slices) and 20.
        Phase first {PhaseId(901), QStringLiteral("Launch"), {}, {}, {}};
        Phase second {PhaseId(902), QStringLiteral("Scale"), {}, {}, {}};
        plan.phases = {first, second};
        plan.milestones.clear();
        for (int i = 0; i < 60; ++i) {
            Milestone m;
            m.id = RowId(i + 1);
            m.name = QStringLiteral("Step %1").arg(i + 1);
            m.phase = i < 40 ? first.id : second.id;
            m.targetDate = QDate(2026, 1, 1).addDays(i);
            plan.milestones.push_back(m);
        }
        const auto parts = timelines(build(plan));
        QCOMPARE(parts.size(), std::size_t(3));
        std::vector<qint64> covered;
        for (const auto &f : parts) {
            QVERIFY(!f.milestones.empty());
            QVERIFY(f.milestones.size() <= ReportBuilder::kMilestonesPerTimeline);
            covered.insert(covered.end(), f.milestones.begin(), f.milestones.end());
        }
        QCOMPARE(covered.size(), std::size_t(60));
        for (qint64 id = 1; id <= 60; ++id)
            QCOMPARE(std::count(covered.begin(), covered.end(), id), 1);
        QVERIFY(parts[0].caption.contains(QStringLiteral("(1 of 2)")));
        QVERIFY(parts[2].caption.contains(QStringLiteral("Scale")));
    }

    void figuresWhereChartsGo()
    {
        Plan plan = test::acmePlan();
        const auto figures = blocksOf<ReportBlock::Figure>(build(plan));
        QStringList kinds;
        for (const auto &f : figures)
            kinds << QString::number(int(f.kind));
        // outcomes overview, a KPI chart per metric with numbers, the timeline
        QCOMPARE(figures.front().kind, FigureKind::OutcomesOverview);
        QCOMPARE(figures.back().kind, FigureKind::Timeline);
        int kpi = 0;
        for (const auto &f : figures) {
            if (f.kind != FigureKind::KpiChart)
                continue;
            ++kpi;
            const auto metric = std::find_if(plan.metrics.cbegin(), plan.metrics.cend(),
                [&](const Metric &m) { return m.id == f.metric; });
            QVERIFY(metric != plan.metrics.cend());
            QVERIFY(f.caption.startsWith(metric->name));
            QCOMPARE(f.data.header.size(), 3);
        }
        QCOMPARE(kpi, int(plan.metrics.size()));

        // measurements are the chart's data, in order, with baseline and target
        plan.measurements.push_back({RowId(1), plan.metrics.front().id, QDate(2025, 12, 1), 2.5,
            QStringLiteral("after templates"), {}});
        const auto withData = blocksOf<ReportBlock::Figure>(build(plan));
        const auto chart = std::find_if(withData.cbegin(), withData.cend(),
            [](const auto &f) { return f.kind == FigureKind::KpiChart; });
        QVERIFY(std::any_of(
            chart->data.rows.cbegin(), chart->data.rows.cend(), [](const QStringList &row) {
                return row.value(0) == u"2025-12-01" && row.value(2) == u"after templates";
            }));
    }

    void roadmapByPhase()
    {
        Plan plan = test::acmePlan();
        plan.phases = {{PhaseId(1), QStringLiteral("Onboard"), QStringLiteral("Month 1"),
                           QStringLiteral("Admin setup complete"), {}},
            {PhaseId(2), QStringLiteral("Adopt"), {}, {}, {}}};
        plan.milestones[0].phase = PhaseId(1);
        plan.milestones[1].phase = PhaseId(2);
        const QStringList all = texts(build(plan));
        const qsizetype one = find(all, QStringLiteral("Phase 1: Onboard (Month 1)"), 0);
        const qsizetype two = find(all, QStringLiteral("Phase 2: Adopt"), 0);
        QVERIFY(one >= 0 && two > one);
        QVERIFY(find(all, QStringLiteral("Admin setup complete"), one) < two);
        QVERIFY(find(all, plan.milestones[0].name, one) < two);
        QVERIFY(find(all, plan.milestones[1].name, two) > two);
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
