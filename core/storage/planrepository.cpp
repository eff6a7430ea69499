// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrepository.h"

#include <QCoreApplication>

namespace accord {

QString EditRights::managerOnly(bool allowed, const char *text) const
{
    if (allowed)
        return {};
    if (!reason.isEmpty() && role != u"csm")
        return reason;
    return QCoreApplication::translate("accord::Storage", text).arg(login);
}

QString EditRights::whyNotRemove() const
{
    return managerOnly(
        remove, "Only a manager may delete a plan; %1 is a CSM of this team workspace.");
}

QString EditRights::whyNotAssign() const
{
    return managerOnly(assign,
        "Only a manager may change who owns an account and who is on its team; %1 is a CSM of "
        "this team workspace.");
}

QString EditRights::whyNotChangeSettings() const
{
    return managerOnly(assign,
        "Only a manager may change the team workspace's own settings (your company's name and "
        "logo); %1 is a CSM.");
}

Result<void> PlanRepository::archivePlan(PlanId id)
{
    return apply(id, Change::set<&PlanHeader::status>(id, PlanStatus::Archived));
}

Result<std::vector<ChangeEntry>> PlanRepository::history(PlanId plan, const ChangeFilter &filter)
{
    std::vector<ChangeEntry> entries;
    if (filter.limit > 0)
        entries.reserve(std::size_t(filter.limit));
    auto read = readHistory(plan, filter, [&](const ChangeEntry &e) { entries.push_back(e); });
    if (!read)
        return read.failure();
    return entries;
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
