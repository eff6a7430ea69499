// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord {

class MarkdownDocument;
struct Plan;

// Sections 1–8 of the joint plan, in its output structure: partnership objectives,
// success metrics and leading indicators, the milestone roadmap, mutual
// commitments, stakeholder engagement, risks, communication and escalation. The
// content is JointPlanTables'; this class writes it as Markdown.
class MarkdownJointPlanSections {
public:
    static void appendTo(MarkdownDocument &doc, const Plan &plan);

private:
    static QStringList objectives(const Plan &plan);
    static QStringList metrics(const Plan &plan);
    static QStringList commitments(const Plan &plan);
    static QStringList communication(const Plan &plan);
};

} // namespace accord
