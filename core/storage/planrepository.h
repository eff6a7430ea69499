// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"
#include "model/plan.h"
#include "util/result.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace accord {

// One line of the portfolio: what the navigator and `accord list` show,
// read without loading any of the plan's rows.
struct PlanSummary {
    PlanId id;
    AccountId accountId;
    QString company;
    QString title;
    QString version;
    PlanStatus status = PlanStatus::Draft;
    std::optional<double> healthScore;
    std::optional<HealthLevel> healthLevel;
    QDate renewalDate;
    QDateTime updatedAt;
};

// Where plans live. SQLite today (SqliteWorkspace); a shared PostgreSQL server
// through Qt's QPSQL driver later, behind this same interface.
class PlanRepository {
public:
    virtual ~PlanRepository() = default;

    virtual Result<std::vector<PlanSummary>> listPlans() = 0;
    virtual Result<std::vector<Account>> listAccounts() = 0;
    virtual Result<Plan> loadPlan(PlanId id) = 0;

    // Stores a new plan (and its account when plan.account.id is not set) in one
    // transaction; returns the plan as stored, with its new ids.
    virtual Result<Plan> insertPlan(const Plan &plan) = 0;
    // Many new plans in one transaction: all or nothing.
    virtual Result<std::vector<PlanId>> insertPlans(const std::vector<Plan> &plans) = 0;
    // Replaces the stored content of an existing plan with this one.
    virtual Result<void> savePlan(const Plan &plan) = 0;
    // Persists edits of one plan, in one transaction.
    virtual Result<void> apply(PlanId plan, const std::vector<Change> &changes) = 0;
    virtual Result<void> deletePlan(PlanId id) = 0;

    // Settings by key, as text: of the workspace (our company's name and logo), or
    // of one plan when `plan` is set (the choices last made for its documents). Not
    // part of any plan's content. An unset setting reads as an empty text; setting
    // an empty text removes it.
    virtual Result<QString> setting(const QString &key, PlanId plan = {}) = 0;
    virtual Result<void> setSetting(const QString &key, const QString &value, PlanId plan = {}) = 0;

    Result<void> apply(PlanId plan, const Change &change)
    {
        return apply(plan, std::vector<Change> {change});
    }
    Result<void> archivePlan(PlanId id);
};

} // namespace accord
