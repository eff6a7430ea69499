// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "model/plan.h"
#include "model/plantable.h"
#include "rules/audiencefilter.h"
#include "rules/placeholders.h"
#include "rules/planfingerprint.h"
#include "text/documentheader.h"
#include "text/plantabletext.h"

namespace accord {

using namespace ReportBlock;

Report ReportBuilder::build(const Plan &plan, const ReportOptions &options)
{
    // The fingerprint is the whole plan's, the content a sign-off signs.
    const QString fingerprint = planFingerprint(plan);
    // Template text still to fill in never prints (Placeholders).
    const Plan view = AudienceFilter::forAudience(Placeholders::cleared(plan), options.audience);
    return ReportBuilder(view, options).run(fingerprint);
}

ReportBuilder::ReportBuilder(const Plan &plan, const ReportOptions &options)
    : m_plan(plan)
    , m_options(options)
{
}

Report ReportBuilder::run(const QString &fingerprint)
{
    const Stakeholder *csm = DocumentHeader::csm(m_plan);
    m_report.title = DocumentHeader::title(m_plan);
    m_report.account = m_plan.account.company.simplified();
    m_report.planTitle = m_plan.header.title.simplified();
    m_report.version = m_plan.header.version;
    m_report.date = m_options.today;
    m_report.fingerprint = fingerprint;
    m_report.internal = m_options.audience == Audience::Internal;
    m_report.author = csm && !csm->name.trimmed().isEmpty() ? csm->name.simplified()
                                                            : QCoreApplication::applicationName();
    m_report.subject = m_report.account.isEmpty()
        ? tr("Joint customer success plan, version %1").arg(m_report.version)
        : tr("Joint customer success plan for %1, version %2")
              .arg(m_report.account, m_report.version);

    addTitle();
    addHeader();
    const auto &chosen = m_options.sections;
    for (const ReportSections::Info &info : ReportSections::all()) {
        if (std::find(chosen.begin(), chosen.end(), info.section) == chosen.end())
            continue;
        if (info.audience == Audience::Internal && !m_report.internal)
            continue;
        if (info.section == ReportSection::SignOff) {
            addSignOff();
            continue;
        }
        Blocks blocks = section(info.section);
        if (blocks.empty() && info.joint) // part of the plan even before it is agreed
            blocks.push_back(Paragraph {tr("To be agreed."), Paragraph::Style::Note});
        addSection(ReportSections::title(info.section), std::move(blocks));
    }
    return std::move(m_report);
}

ReportBuilder::Blocks ReportBuilder::section(ReportSection section) const
{
    switch (section) {
    case ReportSection::Objectives:
        return objectives();
    case ReportSection::Metrics:
        return metrics();
    case ReportSection::Roadmap:
        return roadmap();
    case ReportSection::Commitments:
        return commitments();
    case ReportSection::Engagement:
        return engagement();
    case ReportSection::Risks:
        return risks();
    case ReportSection::Communication:
        return communication();
    case ReportSection::Escalation:
        return escalation();
    case ReportSection::Context:
        return customerContext();
    case ReportSection::Technical:
        return generic(tablesOf<Integration, DataMigration, CustomConfiguration>());
    case ReportSection::Training:
        return generic(tablesOf<UserGroup, TrainingSession, AdoptionMetric>());
    case ReportSection::Onboarding:
        return generic(tablesOf<Persona, FeatureImportance, UseCase, OnboardingStep>());
    case ReportSection::Value:
        return value();
    case ReportSection::Reviews:
        return generic(tablesOf<Review>());
    case ReportSection::Qbr:
        return qbr();
    case ReportSection::Team:
        return generic(tablesOf<TeamRole>());
    case ReportSection::Health:
        return health();
    case ReportSection::Expansion:
        return generic(tablesOf<Opportunity, Upsell>());
    case ReportSection::Signals:
        return generic(tablesOf<WarningSignal>());
    case ReportSection::Tools:
        return generic(tablesOf<ToolResource>());
    case ReportSection::Improvement:
        return generic(tablesOf<ImprovementPractice>());
    case ReportSection::Appendix:
        return appendix();
    case ReportSection::History:
        return generic(tablesOf<HistoryEntry>());
    case ReportSection::SignOff:
        break;
    }
    return {};
}

void ReportBuilder::addSection(const QString &title, Blocks blocks)
{
    if (blocks.empty())
        return;
    m_report.blocks.push_back(Heading {1, QString::number(++m_sections), title});
    std::move(blocks.begin(), blocks.end(), std::back_inserter(m_report.blocks));
}

ReportBuilder::Blocks ReportBuilder::subsection(const QString &title, Blocks blocks, int level)
{
    if (blocks.empty())
        return {};
    blocks.insert(blocks.begin(), Heading {level, {}, title});
    return blocks;
}

ReportBuilder::Blocks ReportBuilder::table(TextTable table, int blankRows) const
{
    if (m_options.blank) {
        table.rows.clear();
        return {Table {std::move(table), blankRows}};
    }
    if (table.isEmpty())
        return {};
    return {Table {std::move(table), 0}};
}

ReportBuilder::Blocks ReportBuilder::planTable(
    const PlanTable &planTable, const std::vector<FieldRef> &shown) const
{
    if (m_options.blank)
        return table({PlanTableText::blankHeader(planTable, shown), {}});
    PlanTableText::Layout layout;
    layout.shown = shown;
    return table(text(m_plan).table(planTable, layout));
}

PlanTableText ReportBuilder::text(const Plan &plan) const
{
    return PlanTableText(plan, m_options.audience);
}

ReportBuilder::Blocks ReportBuilder::keyValues(
    const QList<std::pair<QString, QString>> &items) const
{
    KeyValues block;
    block.blank = m_options.blank;
    for (const auto &[label, value] : items) {
        if (m_options.blank)
            block.items.append({label, QString()});
        else if (!value.trimmed().isEmpty())
            block.items.append({label, value});
    }
    if (block.items.isEmpty())
        return {};
    return {block};
}

void ReportBuilder::addTitle()
{
    const QString account = m_report.account;
    m_report.blocks.push_back(Title {tr("Joint Customer Success Plan"),
        account.isEmpty() ? tr("Customer Success Plan") : account, m_report.planTitle,
        m_options.vendorLogo});
}

void ReportBuilder::addHeader()
{
    QList<std::pair<QString, QString>> fields = DocumentHeader::fields(m_plan);
    fields.insert(0, {tr("Account:"), m_report.account});
    if (!m_options.blank)
        fields.append({tr("Version:"), m_report.version});
    Blocks header = keyValues(fields);
    if (m_options.blank) // the account is who the form is for
        std::get<KeyValues>(header.front()).items[0].second = m_report.account;
    std::move(header.begin(), header.end(), std::back_inserter(m_report.blocks));
    const SignOff *signOff = latestSignOff(m_plan);
    if (!m_options.blank && signOff && signOff->fingerprint != m_report.fingerprint)
        m_report.blocks.push_back(Notice {tr("Changed since signed"),
            tr("This plan has been edited since version %1 was signed on %2. The signed "
               "content had the fingerprint %3; this document shows the current content.")
                .arg(signOff->version, signOff->date.toString(Qt::ISODate),
                    shortFingerprint(signOff->fingerprint))});
}

} // namespace accord
