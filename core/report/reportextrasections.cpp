// SPDX-License-Identifier: GPL-3.0-or-later
// ReportBuilder: the sections after the joint plan's eight (the rest of the class is in
// reportbuilder.cpp). Tables are laid out generically (PlanTableText), so a field
// added to the model appears here without a change.
#include "reportbuilder.h"

#include "model/plan.h"
#include "model/plantable.h"
#include "rules/roisummary.h"
#include "text/healthtables.h"
#include "text/jointplantables.h"
#include "text/plantabletext.h"
#include "text/roitext.h"

namespace accord {

using namespace ReportBlock;

namespace {

void append(std::vector<Block> &to, std::vector<Block> blocks)
{
    std::move(blocks.begin(), blocks.end(), std::back_inserter(to));
}

} // namespace

ReportBuilder::Blocks ReportBuilder::generic(const std::vector<const PlanTable *> &tables) const
{
    Blocks blocks;
    for (const PlanTable *table : tables) {
        Blocks body = planTable(*table);
        append(blocks,
            tables.size() == 1 ? std::move(body) : subsection(table->label(), std::move(body)));
    }
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::customerContext() const
{
    const std::vector<FieldRef> shown = JointPlanTables::shownFields(accountTable());
    QList<std::pair<QString, QString>> items;
    if (m_options.blank) {
        for (const QString &label : PlanTableText::blankHeader(accountTable(), shown, 20))
            items.append({tr("%1:").arg(label), {}});
    } else {
        PlanTableText::Layout layout;
        layout.shown = shown;
        for (const QStringList &row : text(m_plan).table(accountTable(), layout).rows)
            items.append({tr("%1:").arg(row.value(0)), row.value(1)});
    }
    return keyValues(items);
}

ReportBuilder::Blocks ReportBuilder::details(
    const QString &title, const PlanTable &table, FieldRef label) const
{
    PlanTableText::Layout layout;
    layout.shown = JointPlanTables::shownFields(table);
    layout.label = label;
    return subsection(title, this->table(text(m_plan).table(table, layout)));
}

// The customer's people are in the engagement plan: here what it leaves out of them
// (contact details, type). The vendor's people are not in it: here in full.
ReportBuilder::Blocks ReportBuilder::stakeholderDetails() const
{
    Blocks blocks;
    for (Side side : {Side::Customer, Side::Vendor}) {
        Plan people;
        for (const Stakeholder &s : m_plan.stakeholders) {
            if (s.side == side)
                people.stakeholders.push_back(s);
        }
        PlanTableText::Layout layout;
        if (side == Side::Customer)
            layout.shown = JointPlanTables::shownFields(tableOf<Stakeholder>());
        layout.shown.push_back(fieldOf<&Stakeholder::side>());
        layout.label = fieldOf<&Stakeholder::name>();
        append(blocks,
            subsection(side == Side::Customer
                    ? tr("%1 contacts").arg(JointPlanTables::party(m_plan, side))
                    : tr("%1 team").arg(JointPlanTables::party(m_plan, side, m_options.vendor)),
                table(text(people).table(tableOf<Stakeholder>(), layout))));
    }
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::health() const
{
    if (!m_options.blank && !HealthTables::hasContent(m_plan))
        return {};
    Blocks blocks = keyValues({{tr("Health score:"), HealthTables::scoreText(m_plan)}});
    const QString note = HealthTables::weightNote(m_plan);
    if (!note.isEmpty() && !m_options.blank)
        blocks.push_back(Paragraph {note, Paragraph::Style::Note});
    if (m_options.blank) {
        append(blocks, subsection(tr("Components"), planTable(tableOf<HealthComponent>())));
    } else {
        append(blocks, subsection(tr("Components"), table(HealthTables::components(m_plan))));
        if (!m_plan.healthComponents.empty())
            blocks.push_back(ReportBlock::Figure {FigureKind::HealthChart, {},
                tr("Health score by component"), HealthTables::components(m_plan), {}});
    }
    TextTable thresholds = HealthTables::thresholds(m_plan);
    Table levels {thresholds, 0};
    if (m_options.blank) { // the levels stay; the actions are to be agreed
        for (QStringList &row : levels.table.rows)
            row[2].clear();
    }
    append(blocks, subsection(tr("Thresholds and actions"), {levels}));
    append(blocks, keyValues(HealthTables::tiles(m_plan)));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::value() const
{
    Blocks blocks = generic(tablesOf<BaselineMeasurement, RoiLine>());
    const PlanTable &timeline = tableOf<RoiPeriod>();
    if (m_options.blank) {
        append(blocks, subsection(timeline.label(), planTable(timeline)));
        return blocks;
    }
    const RoiSummary roi = roiSummary(m_plan);
    if (roi.isEmpty())
        return blocks;
    const TextTable rows = RoiText::table(roi);
    Blocks body = table(rows);
    body.push_back(Paragraph {RoiText::headline(roi), Paragraph::Style::Body});
    if (roi.totals == RoiSummary::Totals::Added)
        body.push_back(ReportBlock::Figure {
            FigureKind::Roi, {}, tr("Net return per period and cumulative"), rows, {}});
    append(blocks, subsection(timeline.label(), std::move(body)));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::qbr() const
{
    const PlanHeader &h = m_plan.header;
    Blocks agenda = planTable(tableOf<AgendaItem>());
    if (!m_options.blank && agenda.empty() && h.qbrCustomerAttendees.isEmpty()
        && h.qbrVendorAttendees.isEmpty() && h.qbrMinutes == PlanHeader().qbrMinutes)
        return {};
    const PlanTable &header = headerTable();
    const PlanTableText values = text(m_plan);
    QList<std::pair<QString, QString>> items;
    for (const FieldRef &field : JointPlanTables::qbrFields())
        items.append(
            {tr("%1:").arg(field.info().translatedLabel()), values.text(header, 0, field.index)});
    Blocks blocks = keyValues(items);
    append(blocks, std::move(agenda));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::appendix() const
{
    Blocks blocks;
    if (!m_options.blank) { // details of the sections' rows: nothing to add in a form
        append(blocks, stakeholderDetails());
        append(blocks, details(tr("Metric details"), tableOf<Metric>(), fieldOf<&Metric::name>()));
        append(blocks,
            subsection(tableOf<InterimTarget>().label(), planTable(tableOf<InterimTarget>())));
        append(blocks,
            details(tr("Milestone details"), tableOf<Milestone>(), fieldOf<&Milestone::name>()));
        append(blocks, details(tr("Risk register"), tableOf<Risk>(), fieldOf<&Risk::code>()));
    }
    append(blocks, generic(tablesOf<GlossaryEntry, RelatedDocument>()));
    if (m_options.blank)
        append(blocks, subsection(tr("Notes"), {Bullets {{}, false, {}, 4}}));
    else if (!m_plan.header.notes.trimmed().isEmpty())
        append(blocks,
            subsection(
                tr("Notes"), {Paragraph {m_plan.header.notes.trimmed(), Paragraph::Style::Body}}));
    if (!m_options.blank)
        append(blocks, subsection(tr("Document information"), documentInformation()));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::documentInformation() const
{
    PlanTableText::Layout layout;
    layout.shown = JointPlanTables::headerFieldsShownElsewhere();
    layout.shown.push_back(fieldOf<&PlanHeader::title>());
    QList<std::pair<QString, QString>> items;
    for (const QStringList &row : text(m_plan).table(headerTable(), layout).rows)
        items.append({tr("%1:").arg(row.value(0)), row.value(1)});
    return keyValues(items);
}

} // namespace accord
