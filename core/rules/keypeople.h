// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace accord {

struct Plan;
struct Stakeholder;

// The people a plan's header names: the CSM who owns the plan, the
// customer's champion and the executive sponsor. Stakeholder types are an open
// vocabulary (compared case-insensitively, '-' and ' ' as '_'), so each role is
// found by its usual keys in order of preference, then by job title.
struct KeyPeople {
    const Stakeholder *csm = nullptr; // vendor: csm / primary_owner, or a "Customer Success" title
    const Stakeholder *champion = nullptr; // customer: champion, else a day-to-day contact
    const Stakeholder *executiveSponsor
        = nullptr; // customer: executive sponsor, or a "Sponsor" title

    static KeyPeople of(const Plan &plan); // pointers into plan.stakeholders
};

} // namespace accord
