// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/planrepository.h"

namespace accord {

// Finds the plan a command-line PLAN argument names: a plan id, or an account
// name, a plan title or "Company/Title" that matches exactly one plan (case-
// insensitive). Anything else is an error that lists the candidates.
class PlanSelector {
public:
    static Result<PlanId> resolve(PlanRepository &repository, const QString &spec);
    static Result<PlanId> resolve(const std::vector<PlanSummary> &plans, const QString &spec);
};

} // namespace accord
