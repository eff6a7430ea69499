// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/money.h"

#include <optional>
#include <vector>

namespace accord {

struct Plan;

// The ROI timeline worked out as the template has it: net ROI per period (benefits
// less investment), the cumulative net, a total row, ROI % of the whole investment
// and the month the cumulative net first reaches zero (payback).
struct RoiSummary {
    struct Period {
        int month = 0;
        Money investment;
        Money benefits;
        Money net; // benefits − investment
        Money cumulative; // the nets up to and including this period
    };
    std::vector<Period> periods; // by month (entry order on equal months)
    Money investment; // totals
    Money benefits;
    Money net;
    std::optional<double> roiPercent; // net ÷ investment × 100, when anything was invested
    std::optional<int>
        paybackMonth; // the first period whose cumulative net is ≥ 0 after an investment
    // Why nothing is added up (the periods are still listed).
    enum class Totals { Added, MixedCurrencies, TooLarge };
    Totals totals = Totals::Added;

    bool isEmpty() const { return periods.empty(); }
};

RoiSummary roiSummary(const Plan &plan);

} // namespace accord
