// SPDX-License-Identifier: GPL-3.0-or-later
// ReportBuilder: the sign-off page (the rest of the class is in reportbuilder.cpp).
#include "reportbuilder.h"

#include "model/plan.h"
#include "rules/planfingerprint.h"
#include "text/documentheader.h"
#include "text/jointplantables.h"

namespace accord {

using namespace ReportBlock;

namespace {

Signature signatureOf(const QString &party, const Stakeholder &person)
{
    return {party, person.name.simplified(), person.title.simplified(), {}};
}

} // namespace

ReportBuilder::Blocks ReportBuilder::signatures(Side side) const
{
    const QString party = JointPlanTables::party(m_plan, side, m_options.vendor);
    Blocks blocks;
    if (m_options.blank) {
        blocks.assign(2, Signature {party, {}, {}, {}});
        return blocks;
    }
    for (const Signatory &s : m_plan.signatories) {
        if (s.side != side)
            continue;
        // "VP Operations, Executive Sponsor": the job and the part in the plan
        QStringList parts {s.title.simplified(), s.role.simplified()};
        parts.removeAll(QString());
        parts.removeDuplicates();
        const QString title = parts.join(QStringLiteral(", "));
        blocks.push_back(Signature {party, s.name.simplified(), title.simplified(), s.signedOn});
    }
    if (!blocks.empty())
        return blocks;
    // No signatories recorded yet: the people who sign a success plan in the
    // templates - the customer's executive sponsor and champion, the vendor's CSM.
    std::vector<const Stakeholder *> people;
    if (side == Side::Customer)
        people = {DocumentHeader::executiveSponsor(m_plan), DocumentHeader::champion(m_plan)};
    else
        people = {DocumentHeader::csm(m_plan)};
    for (const Stakeholder *person : people) {
        if (person && !person->name.trimmed().isEmpty())
            blocks.push_back(signatureOf(party, *person));
    }
    if (blocks.empty())
        blocks.push_back(Signature {party, {}, {}, {}});
    return blocks;
}

void ReportBuilder::addSignOff()
{
    m_report.blocks.push_back(PageBreak {});
    Blocks blocks;
    const QString version = m_report.version.simplified();
    blocks.push_back(Paragraph {
        tr("By signing below, both parties confirm that they have reviewed this joint success "
           "plan (version %1) and agree to its outcomes, milestones and commitments.")
            .arg(version),
        Paragraph::Style::Body});
    const SignOff *signOff = m_options.blank ? nullptr : latestSignOff(m_plan);
    if (signOff)
        blocks.push_back(
            SignOffRecord {signOff->date, signOff->version, shortFingerprint(signOff->fingerprint),
                signOff->signatories, signOff->fingerprint != m_report.fingerprint});
    for (Side side : {Side::Customer, Side::Vendor}) {
        const QString party = JointPlanTables::party(m_plan, side, m_options.vendor);
        const QString title = side == Side::Customer
            ? tr("Customer: %1").arg(party)
            : (m_options.vendor.trimmed().isEmpty() ? party : tr("Vendor: %1").arg(party));
        std::vector<Block> people = signatures(side);
        people.insert(people.begin(), Heading {2, {}, title});
        std::move(people.begin(), people.end(), std::back_inserter(blocks));
    }
    addSection(tr("Sign-off"), std::move(blocks));
}

} // namespace accord
