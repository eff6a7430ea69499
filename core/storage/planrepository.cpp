// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrepository.h"

namespace accord {

Result<void> PlanRepository::archivePlan(PlanId id)
{
    return apply(id, Change::set<&PlanHeader::status>(id, PlanStatus::Archived));
}

Result<Portfolio> PlanRepository::portfolio()
{
    Portfolio all;
    Result<std::vector<Account>> accounts = listAccounts();
    if (!accounts)
        return Error {accounts.error()};
    all.accounts = std::move(*accounts);
    const Result<std::vector<PlanSummary>> plans = listPlans();
    if (!plans)
        return Error {plans.error()};
    for (const PlanSummary &summary : *plans) {
        Result<Plan> plan = loadPlan(summary.id);
        if (!plan)
            return Error {plan.error()};
        Result<Portfolio::Settings> settings = this->settings(summary.id);
        if (!settings)
            return Error {settings.error()};
        Result<std::vector<ChangeEntry>> history = this->history(summary.id);
        if (!history)
            return Error {history.error()};
        all.plans.push_back(std::move(*plan));
        all.planSettings.push_back(std::move(*settings));
        all.planHistory.push_back(std::move(*history));
    }
    Result<Portfolio::Settings> settings = this->settings();
    if (!settings)
        return Error {settings.error()};
    all.settings = std::move(*settings);
    return all;
}

} // namespace accord
