// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acmefixture.h"

#include "model/plan.h"
#include "sample/samplegenerator.h"

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

// A generated plan grown to 100 milestones in its phases and 20 metrics with 50
// measurements each, with commitments, touchpoints and escalation rules: the
// large plan of the document benchmark.
inline Plan largePlan()
{
    Plan plan = SampleGenerator(42).generate(1).front();
    const std::vector<Milestone> seedMilestones = plan.milestones;
    plan.milestones.clear();
    for (int i = 0; i < 100; ++i) {
        Milestone m = seedMilestones[std::size_t(i) % seedMilestones.size()];
        m.id = RowId(i + 1);
        m.name = QStringLiteral("%1 (%2)").arg(m.name).arg(i / int(seedMilestones.size()) + 1);
        m.phase = plan.phases[std::size_t(i * int(plan.phases.size()) / 100)].id;
        m.targetDate = plan.account.contractStart.addDays(3 * (i + 1));
        plan.milestones.push_back(m);
    }
    const std::vector<Metric> seedMetrics = plan.metrics;
    plan.metrics.clear();
    plan.measurements.clear();
    for (int i = 0; i < 20; ++i) {
        Metric m = seedMetrics[std::size_t(i) % seedMetrics.size()];
        m.id = MetricId(i + 1);
        m.name = QStringLiteral("%1 %2").arg(m.name).arg(i + 1);
        plan.metrics.push_back(m);
        for (int r = 0; r < 50; ++r) {
            const double share = double(r + 1) / 52.0;
            plan.measurements.push_back(
                {RowId(i * 50 + r + 1), m.id, m.baselineDate.addDays(7 * (r + 1)),
                    *m.baselineValue + (*m.targetValue - *m.baselineValue) * share, QString(), {}});
        }
    }
    for (int i = 0; i < 6; ++i)
        plan.commitments.push_back({RowId(i + 1), i % 2 ? Side::Customer : Side::Vendor,
            QStringLiteral("Commitment %1: a monthly check-in with the champion, with notes shared "
                           "within two working days")
                .arg(i + 1)});
    for (int i = 0; i < 5; ++i)
        plan.leadingIndicators.push_back({RowId(i + 1),
            QStringLiteral("Leading indicator %1 reached by the whole team").arg(i + 1),
            plan.account.contractStart.addDays(30 * (i + 1)), i < 2});
    for (int i = 0; i < 4; ++i)
        plan.escalationRules.push_back(
            {RowId(i + 1), QStringLiteral("Health drops to level %1").arg(i + 1), {},
                QStringLiteral("Escalate to the next management level and agree a recovery plan"),
                QStringLiteral("CS Manager"), QStringLiteral("Within %1 days").arg(i + 1)});
    return plan;
}

} // namespace accord::test
