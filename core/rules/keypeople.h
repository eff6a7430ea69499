// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace accord {

struct Plan;
struct Stakeholder;

// The people a plan's header names (003): the CSM who owns the plan, the
// customer's champion and the executive sponsor. Stakeholder types are an open
// vocabulary, so each role is found by its usual keys first, then by job title.
struct KeyPeople {
    const Stakeholder *csm = nullptr; // vendor: primary_owner / csm, or a "Customer Success" title
    const Stakeholder *champion = nullptr; // customer: champion, else day_to_day_contact
    const Stakeholder *executiveSponsor = nullptr; // customer: executive_sponsor

    static KeyPeople of(const Plan &plan); // pointers into plan.stakeholders
};

} // namespace accord
