// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "model/plan.h"
#include "model/plantable.h"
#include "rules/planfingerprint.h"
#include "text/documentheader.h"
#include "text/plantabletext.h"

namespace accord {

using namespace ReportBlock;

Report ReportBuilder::build(const Plan &plan, const ReportOptions &options)
{
    return ReportBuilder(plan, options).run();
}

ReportBuilder::ReportBuilder(const Plan &plan, const ReportOptions &options)
    : m_plan(plan)
    , m_options(options)
{
}

Report ReportBuilder::run()
{
    const Stakeholder *csm = DocumentHeader::csm(m_plan);
    m_report.title = DocumentHeader::title(m_plan);
    m_report.account = m_plan.account.company.simplified();
    m_report.planTitle = m_plan.header.title.simplified();
    m_report.version = m_plan.header.version;
    m_report.date = m_options.today;
    m_report.fingerprint = planFingerprint(m_plan);
    m_report.author = csm && !csm->name.trimmed().isEmpty() ? csm->name.simplified()
                                                            : QCoreApplication::applicationName();
    m_report.subject = m_report.account.isEmpty()
        ? tr("Joint customer success plan, version %1").arg(m_report.version)
        : tr("Joint customer success plan for %1, version %2")
              .arg(m_report.account, m_report.version);

    addTitle();
    addHeader();
    addSection(tr("Partnership Objectives"), objectives());
    addSection(tr("Success Metrics"), metrics());
    addSection(tr("Milestone Roadmap"), roadmap());
    addSection(tr("Mutual Commitments"), commitments());
    addSection(tr("Stakeholder Engagement Plan"), engagement());
    addSection(tr("Risk & Mitigation"), risks());
    addSection(tr("Communication Plan"), communication());
    addSection(tr("Escalation Path"), escalation());
    addExtraSections();
    addSignOff();
    return std::move(m_report);
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
    return table(PlanTableText(m_plan).table(planTable, layout));
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
        account.isEmpty() ? tr("Customer Success Plan") : account, m_report.planTitle});
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
