// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownextrasections.h"

#include "markdowndocument.h"
#include "markdownhealthsection.h"
#include "markdownplantable.h"
#include "markdowntext.h"
#include "text/fieldtext.h"
#include "text/healthtables.h"
#include "text/jointplantables.h"

#include "model/plan.h"
#include "model/plantable.h"
#include "rules/metricprogress.h"

#include <QCoreApplication>

#include <functional>

namespace accord {

namespace {

using Layout = MarkdownPlanTable::Layout;
using Builder = std::function<QStringList(const Plan &, QDate)>;

struct Section {
    const char *title; // translated with context accord::Export
    Builder build;
};

// The tables one after the other; with several, each under its label as a subsection.
QStringList tables(const Plan &plan, const std::vector<const PlanTable *> &list)
{
    const MarkdownPlanTable renderer(plan);
    QStringList blocks;
    for (const PlanTable *table : list) {
        const QString body = renderer.render(*table);
        blocks << (list.size() == 1 ? body : MarkdownDocument::subsection(table->label(), {body}));
    }
    return blocks;
}

Builder generic(const std::vector<const PlanTable *> &list)
{
    return [list](const Plan &plan, QDate) { return tables(plan, list); };
}

// The fields of a table that sections 1–8 do not show, rows named by label.
QString leftover(const Plan &plan, const PlanTable &table, FieldRef label = {})
{
    Layout layout;
    layout.shown = JointPlanTables::shownFields(table);
    layout.label = label;
    return MarkdownPlanTable(plan).render(table, layout);
}

QStringList outcomes(const Plan &plan, QDate today)
{
    Layout layout;
    layout.extraHeader = QCoreApplication::translate("accord::Export", "Progress");
    layout.extraValue = [&](int row) {
        return JointPlanTables::outcomeProgressText(
            plan, plan.outcomes[std::size_t(row)].id, today);
    };
    const QString metrics = leftover(plan, tableOf<Metric>(), fieldOf<&Metric::name>());
    return QStringList {MarkdownPlanTable(plan).render(tableOf<Outcome>(), layout),
               MarkdownDocument::subsection(
                   QCoreApplication::translate("accord::Export", "Metric details"), {metrics})}
    + tables(plan, tablesOf<InterimTarget, Measurement>());
}

QStringList risks(const Plan &plan, QDate)
{
    const QString details = leftover(plan, tableOf<Risk>(), fieldOf<&Risk::code>());
    return QStringList {MarkdownDocument::subsection(
               QCoreApplication::translate("accord::Export", "Risk register"), {details})}
    + tables(plan, tablesOf<SuccessBarrier, Contingency>());
}

QString headerLines(const Plan &plan, const std::vector<FieldRef> &fields)
{
    const PlanTable &header = headerTable();
    QStringList lines;
    for (const FieldRef &field : fields) {
        const FieldInfo &info = field.info();
        const QString value = FieldText::display(info, header.value(plan, 0, field.index));
        if (!value.trimmed().isEmpty())
            lines << MarkdownText::boldLine(
                QCoreApplication::translate("accord::Export", "%1:").arg(info.translatedLabel()),
                value);
    }
    return lines.join(QStringLiteral("\\\n"));
}

QStringList qbr(const Plan &plan, QDate)
{
    const PlanHeader &h = plan.header;
    const QString agenda = MarkdownPlanTable(plan).render(tableOf<AgendaItem>());
    if (agenda.isEmpty() && h.qbrCustomerAttendees.isEmpty() && h.qbrVendorAttendees.isEmpty()
        && h.qbrMinutes == PlanHeader().qbrMinutes)
        return {};
    return {headerLines(plan, JointPlanTables::qbrFields()), agenda};
}

QStringList appendix(const Plan &plan, QDate)
{
    return tables(plan, tablesOf<GlossaryEntry, RelatedDocument>())
        << MarkdownDocument::subsection(QCoreApplication::translate("accord::Export", "Notes"),
               {MarkdownText::block(plan.header.notes)});
}

QStringList documentInformation(const Plan &plan, QDate)
{
    Layout layout;
    layout.shown = JointPlanTables::headerFieldsShownElsewhere();
    return {MarkdownPlanTable(plan).render(headerTable(), layout)};
}

const std::vector<Section> &sections()
{
    static const std::vector<Section> list {
        {QT_TRANSLATE_NOOP("accord::Export", "Customer Context"),
            [](const Plan &p, QDate) { return QStringList {leftover(p, tableOf<Account>())}; }},
        {QT_TRANSLATE_NOOP("accord::Export", "Outcome Details"), outcomes},
        {QT_TRANSLATE_NOOP("accord::Export", "Milestone Details"),
            [](const Plan &p, QDate) {
                return QStringList {leftover(p, tableOf<Milestone>(), fieldOf<&Milestone::name>())};
            }},
        {QT_TRANSLATE_NOOP("accord::Export", "Stakeholder Map"), generic(tablesOf<Stakeholder>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Risk Details"), risks},
        {QT_TRANSLATE_NOOP("accord::Export", "Technical Requirements"),
            generic(tablesOf<Integration, DataMigration, CustomConfiguration>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Training & Adoption"),
            generic(tablesOf<UserGroup, TrainingSession, AdoptionMetric>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Personas & Onboarding"),
            generic(tablesOf<Persona, FeatureImportance, UseCase, OnboardingStep>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Health Score"),
            [](const Plan &p, QDate) { return MarkdownHealthSection::blocks(p); }},
        {QT_TRANSLATE_NOOP("accord::Export", "Value & ROI"),
            generic(tablesOf<BaselineMeasurement, RoiLine, RoiPeriod>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Expansion"),
            generic(tablesOf<Opportunity, Upsell>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Review History"), generic(tablesOf<Review>())},
        {QT_TRANSLATE_NOOP("accord::Export", "QBR Agenda"), qbr},
        {QT_TRANSLATE_NOOP("accord::Export", "Early-Warning Signals"),
            generic(tablesOf<WarningSignal>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Team Roles"), generic(tablesOf<TeamRole>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Tools & Resources"),
            generic(tablesOf<ToolResource>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Continuous Improvement"),
            generic(tablesOf<ImprovementPractice>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Sign-off"), generic(tablesOf<Signatory, SignOff>())},
        {QT_TRANSLATE_NOOP("accord::Export", "Appendix"), appendix},
        {QT_TRANSLATE_NOOP("accord::Export", "Document Information"), documentInformation},
        {QT_TRANSLATE_NOOP("accord::Export", "Document History"),
            generic(tablesOf<HistoryEntry>())},
    };
    return list;
}

} // namespace

void MarkdownExtraSections::appendTo(MarkdownDocument &doc, const Plan &plan, QDate today)
{
    for (const Section &section : sections())
        doc.addSection(QCoreApplication::translate("accord::Export", section.title),
            section.build(plan, today));
}

} // namespace accord
