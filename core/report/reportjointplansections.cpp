// SPDX-License-Identifier: GPL-3.0-or-later
// ReportBuilder: the joint plan's sections 1–8 (the rest of the class is in reportbuilder.cpp).
#include "reportbuilder.h"

#include "model/plan.h"
#include "rules/metricprogress.h"
#include "text/jointplantables.h"
#include "text/plantabletext.h"
#include "text/roadmapgroups.h"

namespace accord {

using namespace ReportBlock;

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void append(std::vector<Block> &to, std::vector<Block> blocks)
{
    std::move(blocks.begin(), blocks.end(), std::back_inserter(to));
}

bool hasNumbers(const Plan &plan, const Metric &metric)
{
    if (metric.baselineValue || metric.targetValue)
        return true;
    return std::any_of(plan.measurements.cbegin(), plan.measurements.cend(),
        [&](const Measurement &m) { return m.metric == metric.id; });
}

TextTable measurementData(const Plan &plan, const Metric &metric)
{
    TextTable data;
    data.header = QStringList {QCoreApplication::translate("accord::Report", "Date"),
        QCoreApplication::translate("accord::Report", "Value"),
        QCoreApplication::translate("accord::Report", "Note")};
    const QString unit = metric.unit.simplified();
    const auto value = [&](std::optional<double> read) {
        if (!read)
            return QStringLiteral("—");
        const double v = *read;
        return unit.isEmpty()
            ? QString::number(v)
            : QCoreApplication::translate("accord::Export", "%1 %2").arg(QString::number(v), unit);
    };
    if (metric.baselineValue)
        data.rows << QStringList {isoDate(metric.baselineDate), value(metric.baselineValue),
            QCoreApplication::translate("accord::Report", "Baseline")};
    for (const Measurement &m : plan.measurements) {
        if (m.metric == metric.id)
            data.rows << QStringList {isoDate(m.date), value(m.value), m.note};
    }
    if (metric.targetValue)
        data.rows << QStringList {isoDate(metric.targetDate), value(metric.targetValue),
            QCoreApplication::translate("accord::Report", "Target")};
    return data;
}

} // namespace

ReportBuilder::Blocks ReportBuilder::objectives() const
{
    const PlanHeader &h = m_plan.header;
    Blocks blocks;
    if (m_options.blank) {
        const QString who = m_report.account.isEmpty() ? tr("the customer") : m_report.account;
        blocks.push_back(
            Paragraph {tr("What does success look like for %1 at contract end?").arg(who),
                Paragraph::Style::Note});
    }
    for (const QString &text : {h.vision, h.valueProposition}) {
        if (!text.trimmed().isEmpty() && !m_options.blank)
            blocks.push_back(Paragraph {text.trimmed(), Paragraph::Style::Body});
    }
    append(blocks,
        keyValues({{tr("Primary business goal:"), h.primaryGoal},
            {tr("Primary success metric:"), h.primaryMetric},
            {tr("Target date:"), isoDate(h.primaryTargetDate)},
            // one goal on its line; several as a list of their own below
            {tr("Secondary goal:"),
                h.secondaryGoals.size() == 1 ? h.secondaryGoals.constFirst() : QString()},
            {tr("Onboarding goal:"), h.onboardingGoal}, {tr("Key value metric:"), h.keyValueMetric},
            // in a blank form, a line to write the quote on; else the quote below
            {tr("Success statement (customer's words):"), QString()}}));
    if (h.secondaryGoals.size() > 1 && !m_options.blank)
        append(blocks,
            subsection(tr("Secondary goals"), {Bullets {h.secondaryGoals, false, {}, 0}}, 3));
    if (!h.successStatement.trimmed().isEmpty() && !m_options.blank) {
        blocks.push_back(
            Paragraph {tr("Success statement (customer's words)"), Paragraph::Style::Note});
        blocks.push_back(Paragraph {h.successStatement.trimmed(), Paragraph::Style::Quote});
    }
    append(blocks, outcomes());
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::outcomes() const
{
    if (m_options.blank)
        return subsection(tr("Business outcomes"), planTable(tableOf<Outcome>()));
    PlanTableText::Layout layout;
    layout.extraHeader = QCoreApplication::translate("accord::Export", "Progress");
    layout.extraValue = [this](int row) {
        return JointPlanTables::outcomeProgressText(
            m_plan, m_plan.outcomes[std::size_t(row)].id, m_options.today);
    };
    Blocks blocks = table(text(m_plan).table(tableOf<Outcome>(), layout));
    if (blocks.empty())
        return {};
    // the table above has the progress in words: the chart's data is not repeated
    blocks.push_back(ReportBlock::Figure {
        FigureKind::OutcomesOverview, {}, tr("Progress of each business outcome"), {}, {}});
    return subsection(tr("Business outcomes"), std::move(blocks));
}

ReportBuilder::Blocks ReportBuilder::metrics() const
{
    Blocks blocks = table(JointPlanTables::metrics(m_plan), 4);
    Bullets indicators;
    indicators.checkboxes = true;
    for (const LeadingIndicator &li : m_plan.leadingIndicators) {
        if (m_options.blank || li.text.trimmed().isEmpty())
            continue;
        indicators.items << JointPlanTables::indicatorText(li);
        indicators.checked << li.met;
    }
    indicators.blankItems = m_options.blank ? 3 : 0;
    if (!indicators.items.isEmpty() || indicators.blankItems > 0)
        append(blocks,
            subsection(
                tr("Leading indicators (early signs the plan is on track)"), {indicators}, 3));
    if (m_options.blank)
        return blocks;
    Blocks charts;
    for (const Metric &m : m_plan.metrics) {
        if (!hasNumbers(m_plan, m))
            continue;
        const QString name = m.name.simplified().isEmpty() ? tr("Metric") : m.name.simplified();
        charts.push_back(ReportBlock::Figure {FigureKind::KpiChart, m.id,
            tr("%1: progress towards the target").arg(name), measurementData(m_plan, m), {}});
    }
    append(blocks, subsection(tr("KPI charts"), std::move(charts), 3));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::roadmap() const
{
    if (m_options.blank)
        return blankRoadmap();
    // One timeline reads well on a page up to about two dozen milestones; a larger
    // roadmap gets a timeline per phase (per slice of a long phase) instead.
    const bool perGroup = m_plan.milestones.size() > kMilestonesPerTimeline;
    Blocks blocks;
    if (!m_plan.milestones.empty() && !perGroup)
        blocks.push_back(ReportBlock::Figure {
            FigureKind::Timeline, {}, tr("Timeline of the milestones by phase"), {}, {}});
    for (const RoadmapGroup &group : RoadmapGroups::of(m_plan)) {
        Blocks body = keyValues({{tr("Deliverable:"), group.deliverable}});
        if (perGroup)
            append(body, groupTimelines(group));
        QStringList activities = group.activities;
        activities.removeAll(QString());
        if (!activities.isEmpty())
            append(body, subsection(tr("Activities"), {Bullets {activities, false, {}, 0}}, 3));
        append(body, table(RoadmapGroups::milestoneTable(group.milestones)));
        if (body.empty()) // a phase is part of the plan even before it has content
            body.push_back(Paragraph {tr("No milestones yet."), Paragraph::Style::Note});
        append(blocks, subsection(group.title, std::move(body)));
    }
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::groupTimelines(const RoadmapGroup &group)
{
    Blocks blocks;
    const std::size_t count = group.milestones.size();
    const std::size_t slices = (count + kMilestonesPerTimeline - 1) / kMilestonesPerTimeline;
    const std::size_t perSlice = slices == 0 ? 0 : (count + slices - 1) / slices; // even slices
    for (std::size_t slice = 0; slice < slices; ++slice) {
        ReportBlock::Figure figure {FigureKind::Timeline, {},
            slices == 1
                ? tr("Timeline of %1").arg(group.title)
                : tr("Timeline of %1 (%2 of %3)").arg(group.title).arg(slice + 1).arg(slices),
            {}, {}};
        const std::size_t end = std::min(count, (slice + 1) * perSlice);
        for (std::size_t i = slice * perSlice; i < end; ++i)
            figure.milestones.push_back(group.milestones[i]->id.value);
        blocks.push_back(std::move(figure));
    }
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::blankRoadmap() const
{
    QStringList titles;
    for (const RoadmapGroup &group : RoadmapGroups::of(m_plan)) {
        if (group.isPhase)
            titles << group.title;
    }
    if (titles.isEmpty()) // the joint plan's four phases
        titles = QStringList {tr("Phase 1: Onboard (Month 1)"), tr("Phase 2: Adopt (Months 2–3)"),
            tr("Phase 3: Value (Months 4–6)"), tr("Phase 4: Renew & Expand (Months 7–12)")};
    Blocks blocks;
    for (const QString &title : titles) {
        Blocks body = keyValues({{tr("Deliverable:"), {}}});
        append(body, table(RoadmapGroups::milestoneTable({}), 4));
        append(blocks, subsection(title, std::move(body)));
    }
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::commitments() const
{
    Blocks blocks;
    for (Side side : {Side::Vendor, Side::Customer}) {
        QStringList items = JointPlanTables::commitments(m_plan, side);
        items.removeIf([](const QString &s) { return s.trimmed().isEmpty(); });
        if (m_options.blank)
            items.clear();
        if (items.isEmpty() && !m_options.blank)
            continue;
        append(blocks,
            subsection(
                tr("%1 commits to:").arg(JointPlanTables::party(m_plan, side, m_options.vendor)),
                {Bullets {items, false, {}, m_options.blank ? 4 : 0}}, 3));
    }
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::engagement() const
{
    return table(JointPlanTables::engagement(m_plan), 4);
}

ReportBuilder::Blocks ReportBuilder::risks() const
{
    Blocks blocks = table(JointPlanTables::risks(m_plan), 4);
    for (const PlanTable *more : tablesOf<SuccessBarrier, Contingency>())
        append(blocks, subsection(more->label(), planTable(*more), 3));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::communication() const
{
    Blocks blocks = table(JointPlanTables::communication(m_plan), 4);
    append(blocks, subsection(tr("Ad-hoc communication"), planTable(tableOf<AdHocRule>()), 3));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::escalation() const
{
    return table(JointPlanTables::escalation(m_plan), 4);
}

} // namespace accord
