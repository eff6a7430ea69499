// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace accord {

class MarkdownDocument;
struct Plan;

// Every section after the joint plan's eight, numbered on: the customer context, outcome,
// milestone and risk details (the fields sections 1–8 do not show), the stakeholder
// map, technical requirements, training, personas, health score, value, expansion,
// reviews, QBR agenda, the operating sections (team roles, tools, improvement loop), sign-off, appendix and document
// information and history. Tables are rendered generically (MarkdownPlanTable), so
// a field added to the model appears without a change here.
class MarkdownExtraSections {
public:
    static void appendTo(MarkdownDocument &doc, const Plan &plan, QDate today);
};

} // namespace accord
