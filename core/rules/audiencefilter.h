// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

namespace accord {

class PlanTable;

// What the customer may read of a plan. Internal tables and fields (FieldInfo::
// audience) and notes marked internal are the vendor's own view; every document
// for the customer is made from forCustomer(), so what it leaves out cannot be
// printed by any writer.
//
// Internal: health score components, thresholds and actions; expansion
// opportunities and upsell; early-warning signals; the team's tools and
// improvement practices; the upgrade %, expansion % and NPS tiles; the account's
// tier and segment; the engagement model (high/low touch); CSM tasks of onboarding
// steps; and every note or comment marked internal.
class AudienceFilter {
public:
    // The plan without its internal content: internal tables emptied, internal
    // fields back to their empty default, notes marked internal cleared.
    static Plan forCustomer(const Plan &plan);
    // What a document for `audience` is made from: forCustomer() for the customer
    // (Audience::Joint), the whole plan for the internal version.
    static Plan forAudience(const Plan &plan, Audience audience);

    // Whether a field is always internal (its table's or its own audience).
    static bool isInternal(const PlanTable &table, int field);
    // Whether one row's value of a field is internal (also a note marked internal).
    static bool isInternal(const Plan &plan, const PlanTable &table, int row, int field);
};

} // namespace accord
