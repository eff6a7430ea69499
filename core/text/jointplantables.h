// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "texttable.h"

#include "model/fieldref.h"

#include "model/enums.h"
#include "model/id.h"

#include <QDate>

#include <vector>

namespace accord {

struct LeadingIndicator;
struct Plan;

// The content of the joint plan's sections 2 and 4–8 as plain text, shared by the
// Markdown document and the printed one: each table has its header whether or not
// the plan has rows (a blank form prints the header alone).
class JointPlanTables {
public:
    // Metric | Baseline (today) | Target | By when | Data source.
    static TextTable metrics(const Plan &plan);
    // "text (by date)"; whether it is met is LeadingIndicator::met.
    static QString indicatorText(const LeadingIndicator &indicator);
    // "62% (from metrics)" / "50% (from milestones)"; empty without progress.
    static QString outcomeProgressText(const Plan &plan, OutcomeId outcome, QDate today);
    // The customer's company or our company (the workspace's vendor name); the side's
    // label when that name is not known.
    static QString party(const Plan &plan, Side side, const QString &vendor = {});
    static QStringList commitments(const Plan &plan, Side side);
    // The customer's stakeholders: Stakeholder | Role | Engagement frequency | Format | Owner.
    static TextTable engagement(const Plan &plan);
    // Risk | Likelihood | Impact | Mitigation plan.
    static TextTable risks(const Plan &plan);
    // Communication | Audience | Frequency | Format | Owner.
    static TextTable communication(const Plan &plan);
    // Trigger | [Impact] | Action | Owner | Timeline (Impact only when some rule has one).
    static TextTable escalation(const Plan &plan);

    // The fields of a table these sections (and the header block) always show, so
    // later sections only repeat what is left.
    static std::vector<FieldRef> shownFields(const PlanTable &table);
    // The header fields of the QBR settings (duration, attendees).
    static std::vector<FieldRef> qbrFields();
    // The header fields every section before the document information shows.
    static std::vector<FieldRef> headerFieldsShownElsewhere();
};

} // namespace accord
