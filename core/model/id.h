// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <compare>

namespace accord {

// A typed row id: an OutcomeId cannot be passed where a MilestoneId is expected.
// 0 means "none". Ids of a plan's rows are local to that plan.
template<typename Tag> struct Id {
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v)
        : value(v)
    {
    }
    constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

using AccountId = Id<struct AccountTag>;
using PlanId = Id<struct PlanTag>;
using StakeholderId = Id<struct StakeholderTag>;
using OutcomeId = Id<struct OutcomeTag>;
using MetricId = Id<struct MetricTag>;
using PhaseId = Id<struct PhaseTag>;
using PersonaId = Id<struct PersonaTag>;
using UseCaseId = Id<struct UseCaseTag>;
using ReviewId = Id<struct ReviewTag>;
using RowId = Id<struct RowTag>; // rows nothing refers to

} // namespace accord
