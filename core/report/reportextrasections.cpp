// SPDX-License-Identifier: GPL-3.0-or-later
// ReportBuilder: the sections after the joint plan's eight (the rest of the class is in
// reportbuilder.cpp). Tables are laid out generically (PlanTableText), so a field
// added to the model appears here without a change.
#include "reportbuilder.h"

#include "io/healthtables.h"
#include "io/jointplantables.h"
#include "io/plantabletext.h"
#include "model/plan.h"
#include "model/plantable.h"

namespace accord {

using namespace ReportBlock;

namespace {

void append(std::vector<Block> &to, std::vector<Block> blocks)
{
    std::move(blocks.begin(), blocks.end(), std::back_inserter(to));
}

const QStringList kQbrKeys {QStringLiteral("qbr_minutes"), QStringLiteral("qbr_customer_attendees"),
    QStringLiteral("qbr_vendor_attendees")};

} // namespace

ReportBuilder::Blocks ReportBuilder::generic(const QStringList &tables) const
{
    Blocks blocks;
    for (const QString &name : tables) {
        const PlanTable *table = findPlanTable(name);
        Q_ASSERT(table);
        Blocks body = planTable(name);
        append(blocks,
            tables.size() == 1 ? std::move(body) : subsection(table->label(), std::move(body)));
    }
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::customerContext() const
{
    const QStringList shown = JointPlanTables::shownKeys(QStringLiteral("account"));
    QList<std::pair<QString, QString>> items;
    if (m_options.blank) {
        for (const QString &label : PlanTableText::blankHeader(accountTable(), shown, 20))
            items.append({tr("%1:").arg(label), {}});
    } else {
        PlanTableText::Layout layout;
        layout.shown = shown;
        for (const QStringList &row : PlanTableText(m_plan).table(accountTable(), layout).rows)
            items.append({tr("%1:").arg(row.value(0)), row.value(1)});
    }
    return keyValues(items);
}

ReportBuilder::Blocks ReportBuilder::outcomeDetails() const
{
    PlanTableText::Layout layout;
    layout.shown = JointPlanTables::shownKeys(QStringLiteral("metric"));
    layout.labelKey = QStringLiteral("name");
    Blocks blocks = subsection(
        tr("Metric details"), table(PlanTableText(m_plan).table(QStringLiteral("metric"), layout)));
    append(blocks,
        subsection(findPlanTable(u"interim_target")->label(),
            planTable(QStringLiteral("interim_target"))));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::riskDetails() const
{
    PlanTableText::Layout layout;
    layout.shown = JointPlanTables::shownKeys(QStringLiteral("risk"));
    layout.labelKey = QStringLiteral("code");
    Blocks blocks = subsection(
        tr("Risk register"), table(PlanTableText(m_plan).table(QStringLiteral("risk"), layout)));
    append(blocks, generic({QStringLiteral("success_barrier"), QStringLiteral("contingency")}));
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
        append(blocks, subsection(tr("Components"), planTable(QStringLiteral("health_component"))));
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

ReportBuilder::Blocks ReportBuilder::qbr() const
{
    const PlanHeader &h = m_plan.header;
    Blocks agenda = planTable(QStringLiteral("agenda_item"));
    if (!m_options.blank && agenda.empty() && h.qbrCustomerAttendees.isEmpty()
        && h.qbrVendorAttendees.isEmpty() && h.qbrMinutes == PlanHeader().qbrMinutes)
        return {};
    const PlanTable &header = headerTable();
    PlanTableText text(m_plan);
    QList<std::pair<QString, QString>> items;
    for (const QString &key : kQbrKeys) {
        const int f = header.fieldIndex(key);
        items.append({tr("%1:").arg(header.fields()[std::size_t(f)].translatedLabel()),
            text.text(header, 0, f)});
    }
    Blocks blocks = keyValues(items);
    append(blocks, std::move(agenda));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::appendix() const
{
    Blocks blocks = generic({QStringLiteral("glossary_entry"), QStringLiteral("related_document")});
    if (m_options.blank)
        append(blocks, subsection(tr("Notes"), {Bullets {{}, false, {}, 4}}));
    else if (!m_plan.header.notes.trimmed().isEmpty())
        append(blocks,
            subsection(
                tr("Notes"), {Paragraph {m_plan.header.notes.trimmed(), Paragraph::Style::Body}}));
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::documentInformation() const
{
    PlanTableText::Layout layout;
    layout.shown = JointPlanTables::shownKeys(QStringLiteral("plan")) + HealthTables::shownKeys()
        + kQbrKeys + QStringList {QStringLiteral("notes"), QStringLiteral("title")};
    QList<std::pair<QString, QString>> items;
    for (const QStringList &row : PlanTableText(m_plan).table(headerTable(), layout).rows)
        items.append({tr("%1:").arg(row.value(0)), row.value(1)});
    return keyValues(items);
}

void ReportBuilder::addExtraSections()
{
    const bool blank = m_options.blank;
    addSection(tr("Customer Context"), customerContext());
    addSection(tr("Stakeholder Map"), generic({QStringLiteral("stakeholder")}));
    if (!blank) { // details of the rows above: nothing to add in a blank form
        addSection(tr("Outcome Details"), outcomeDetails());
        addSection(tr("Milestone Details"), [this] {
            PlanTableText::Layout layout;
            layout.shown = JointPlanTables::shownKeys(QStringLiteral("milestone"));
            layout.labelKey = QStringLiteral("name");
            return table(PlanTableText(m_plan).table(QStringLiteral("milestone"), layout));
        }());
        addSection(tr("Risk Details"), riskDetails());
    }
    addSection(tr("Technical Requirements"),
        generic({QStringLiteral("integration"), QStringLiteral("data_migration"),
            QStringLiteral("custom_configuration")}));
    addSection(tr("Training & Adoption"),
        generic({QStringLiteral("user_group"), QStringLiteral("training_session"),
            QStringLiteral("adoption_metric")}));
    addSection(tr("Personas & Onboarding"),
        generic({QStringLiteral("persona"), QStringLiteral("feature_importance"),
            QStringLiteral("use_case"), QStringLiteral("onboarding_step")}));
    addSection(tr("Health Score"), health());
    addSection(tr("Value & ROI"),
        generic({QStringLiteral("baseline_measurement"), QStringLiteral("roi_line"),
            QStringLiteral("roi_period")}));
    addSection(tr("Expansion"), generic({QStringLiteral("opportunity"), QStringLiteral("upsell")}));
    addSection(tr("Review History"), generic({QStringLiteral("review")}));
    addSection(tr("QBR Agenda"), qbr());
    addSection(tr("Early-Warning Signals"), generic({QStringLiteral("warning_signal")}));
    addSection(tr("Team Roles"), generic({QStringLiteral("team_role")}));
    addSection(tr("Tools & Resources"), generic({QStringLiteral("tool_resource")}));
    addSection(tr("Continuous Improvement"), generic({QStringLiteral("improvement_practice")}));
    addSection(tr("Appendix"), appendix());
    if (!blank)
        addSection(tr("Document Information"), documentInformation());
    addSection(tr("Document History"), generic({QStringLiteral("history_entry")}));
}

} // namespace accord
