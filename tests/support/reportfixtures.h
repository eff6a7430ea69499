// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acmefixture.h"

#include "model/plan.h"

namespace accord::test {

// Markup a plan's text must never turn into: an image that would read a local
// file, a link, and a style sheet that would hide the document.
inline const QString kImgMarkup = QStringLiteral("<img src=\"file:///etc/passwd\">");
inline const QString kLinkMarkup = QStringLiteral("<a href=\"http://example.com\">x</a>");
inline const QString kStyleMarkup = QStringLiteral("<style>body{display:none}</style>");

// The Acme plan with that markup in its company name, plan title, objectives,
// outcomes, milestones, risks, commitments, notes and signatories.
inline Plan injectionPlan()
{
    Plan plan = acmePlan();
    plan.account.company = QStringLiteral("Acme %1 Corp").arg(kStyleMarkup);
    plan.header.title = QStringLiteral("Plan %1").arg(kLinkMarkup);
    plan.header.vision = QStringLiteral("Vision %1 and %2").arg(kImgMarkup, kLinkMarkup);
    plan.header.successStatement = kStyleMarkup;
    plan.header.notes = QStringLiteral("Notes %1").arg(kImgMarkup);
    plan.outcomes.front().description = QStringLiteral("Outcome %1").arg(kImgMarkup);
    plan.milestones.front().name = QStringLiteral("Milestone %1").arg(kLinkMarkup);
    plan.milestones.front().owner = kStyleMarkup;
    plan.risks.front().mitigation = QStringLiteral("Mitigate %1").arg(kImgMarkup);
    plan.commitments.push_back(
        {RowId(1), Side::Vendor, QStringLiteral("Commit %1").arg(kLinkMarkup)});
    plan.signatories.push_back({RowId(1), Side::Customer, kImgMarkup, kLinkMarkup, {}, {}});
    return plan;
}

// A plan with `count` milestones in one phase, for tables that span pages.
inline Plan manyMilestonesPlan(int count)
{
    Plan plan = acmePlan();
    plan.phases.push_back({PhaseId(1), QStringLiteral("Rollout"), QStringLiteral("Months 1–12"),
        QStringLiteral("Every team live"), {}});
    plan.milestones.clear();
    for (int i = 1; i <= count; ++i) {
        Milestone m;
        m.id = RowId(i);
        m.phase = PhaseId(1);
        m.name = QStringLiteral("Milestone %1 of the rollout").arg(i, 3, 10, QChar(u'0'));
        m.owner = i % 2 ? QStringLiteral("Mike Torres") : QStringLiteral("Jane Smith");
        m.targetDate = QDate(2026, 1, 1).addDays(i * 2);
        m.status = i < count / 3 ? TaskStatus::Complete : TaskStatus::Pending;
        plan.milestones.push_back(m);
    }
    return plan;
}

} // namespace accord::test
