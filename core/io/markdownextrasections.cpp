// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownextrasections.h"

#include "fieldtext.h"
#include "healthtables.h"
#include "jointplantables.h"
#include "markdowndocument.h"
#include "markdownhealthsection.h"
#include "markdownplantable.h"
#include "markdowntext.h"

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

const QStringList kQbrKeys {QStringLiteral("qbr_minutes"), QStringLiteral("qbr_customer_attendees"),
    QStringLiteral("qbr_vendor_attendees")};

// The tables one after the other; with several, each under its label as a subsection.
QStringList tables(const Plan &plan, const QStringList &names)
{
    const MarkdownPlanTable renderer(plan);
    QStringList blocks;
    for (const QString &name : names) {
        const PlanTable *table = findPlanTable(name);
        Q_ASSERT(table);
        const QString body = renderer.render(*table);
        blocks << (names.size() == 1 ? body : MarkdownDocument::subsection(table->label(), {body}));
    }
    return blocks;
}

Builder generic(const QStringList &names)
{
    return [names](const Plan &plan, QDate) { return tables(plan, names); };
}

// The fields of a table that sections 1–8 do not show, rows named by labelKey.
QString leftover(const Plan &plan, const QString &table, const QString &labelKey = {})
{
    Layout layout;
    layout.shown = JointPlanTables::shownKeys(table);
    layout.labelKey = labelKey;
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
    const QString metrics = leftover(plan, QStringLiteral("metric"), QStringLiteral("name"));
    return QStringList {MarkdownPlanTable(plan).render(QStringLiteral("outcome"), layout),
               MarkdownDocument::subsection(
                   QCoreApplication::translate("accord::Export", "Metric details"), {metrics})}
    + tables(plan, {QStringLiteral("interim_target"), QStringLiteral("measurement")});
}

QStringList risks(const Plan &plan, QDate)
{
    const QString details = leftover(plan, QStringLiteral("risk"), QStringLiteral("code"));
    return QStringList {MarkdownDocument::subsection(
               QCoreApplication::translate("accord::Export", "Risk register"), {details})}
    + tables(plan, {QStringLiteral("success_barrier"), QStringLiteral("contingency")});
}

QString headerLines(const Plan &plan, const QStringList &keys)
{
    const PlanTable &header = headerTable();
    QStringList lines;
    for (const QString &key : keys) {
        const int f = header.fieldIndex(key);
        const FieldInfo &info = header.fields()[std::size_t(f)];
        const QString value = FieldText::display(info, header.value(plan, 0, f));
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
    const QString agenda = MarkdownPlanTable(plan).render(QStringLiteral("agenda_item"));
    if (agenda.isEmpty() && h.qbrCustomerAttendees.isEmpty() && h.qbrVendorAttendees.isEmpty()
        && h.qbrMinutes == PlanHeader().qbrMinutes)
        return {};
    return {headerLines(plan, kQbrKeys), agenda};
}

QStringList appendix(const Plan &plan, QDate)
{
    return tables(plan, {QStringLiteral("glossary_entry"), QStringLiteral("related_document")})
        << MarkdownDocument::subsection(QCoreApplication::translate("accord::Export", "Notes"),
               {MarkdownText::block(plan.header.notes)});
}

QStringList documentInformation(const Plan &plan, QDate)
{
    Layout layout;
    layout.shown = JointPlanTables::shownKeys(QStringLiteral("plan")) + HealthTables::shownKeys()
        + kQbrKeys + QStringList {QStringLiteral("notes")};
    return {MarkdownPlanTable(plan).render(headerTable(), layout)};
}

const std::vector<Section> &sections()
{
    static const std::vector<Section> list {
        {QT_TRANSLATE_NOOP("accord::Export", "Customer Context"),
            [](const Plan &p, QDate) {
                return QStringList {leftover(p, QStringLiteral("account"))};
            }},
        {QT_TRANSLATE_NOOP("accord::Export", "Outcome Details"), outcomes},
        {QT_TRANSLATE_NOOP("accord::Export", "Milestone Details"),
            [](const Plan &p, QDate) {
                return QStringList {
                    leftover(p, QStringLiteral("milestone"), QStringLiteral("name"))};
            }},
        {QT_TRANSLATE_NOOP("accord::Export", "Stakeholder Map"),
            generic({QStringLiteral("stakeholder")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Risk Details"), risks},
        {QT_TRANSLATE_NOOP("accord::Export", "Technical Requirements"),
            generic({QStringLiteral("integration"), QStringLiteral("data_migration"),
                QStringLiteral("custom_configuration")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Training & Adoption"),
            generic({QStringLiteral("user_group"), QStringLiteral("training_session"),
                QStringLiteral("adoption_metric")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Personas & Onboarding"),
            generic({QStringLiteral("persona"), QStringLiteral("feature_importance"),
                QStringLiteral("use_case"), QStringLiteral("onboarding_step")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Health Score"),
            [](const Plan &p, QDate) { return MarkdownHealthSection::blocks(p); }},
        {QT_TRANSLATE_NOOP("accord::Export", "Value & ROI"),
            generic({QStringLiteral("baseline_measurement"), QStringLiteral("roi_line"),
                QStringLiteral("roi_period")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Expansion"),
            generic({QStringLiteral("opportunity"), QStringLiteral("upsell")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Review History"),
            generic({QStringLiteral("review")})},
        {QT_TRANSLATE_NOOP("accord::Export", "QBR Agenda"), qbr},
        {QT_TRANSLATE_NOOP("accord::Export", "Early-Warning Signals"),
            generic({QStringLiteral("warning_signal")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Team Roles"), generic({QStringLiteral("team_role")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Tools & Resources"),
            generic({QStringLiteral("tool_resource")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Continuous Improvement"),
            generic({QStringLiteral("improvement_practice")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Sign-off"),
            generic({QStringLiteral("signatory"), QStringLiteral("sign_off")})},
        {QT_TRANSLATE_NOOP("accord::Export", "Appendix"), appendix},
        {QT_TRANSLATE_NOOP("accord::Export", "Document Information"), documentInformation},
        {QT_TRANSLATE_NOOP("accord::Export", "Document History"),
            generic({QStringLiteral("history_entry")})},
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
