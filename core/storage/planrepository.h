// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"
#include "model/changeentry.h"
#include "model/plan.h"
#include "util/result.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <utility>
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

// Everything a workspace holds apart from where it lives: what `accord
// copy-workspace` moves between a file and a server.
struct Portfolio {
    using Settings = std::vector<std::pair<QString, QString>>;
    std::vector<Account> accounts; // every account, with plans or not
    std::vector<Plan> plans; // each naming one of the accounts by its id
    std::vector<Settings> planSettings; // of plans[i]
    std::vector<std::vector<ChangeEntry>> planHistory; // of plans[i], newest first
    Settings settings; // the workspace's
};

// What insertPortfolio() did.
struct PortfolioCopied {
    int plans = 0; // new here
    int accounts = 0; // new here
    int alreadyThere = 0; // plans with the same content were here already (merge)
};

// Where a new plan comes from: what its first history entry says.
enum class PlanOrigin { New, Imported, Restored, Copied };

// What the person at the keyboard may do with one plan. Everything on a file; on
// a team workspace, what the login's role (and the plan's account team) allows.
struct EditRights {
    bool edit = true; // change the plan's content
    bool remove = true; // delete the plan
    bool assign = true; // change the account's owner and team
    QString login;
    QString role; // "viewer", "csm", "manager", "administrator"; empty on a file
    QString reason; // why not edit, in words (empty when edit is true)

    // Why not, in words; empty when the rights allow it. Deleting a plan,
    // assigning an account's team and the workspace's own settings are a
    // manager's: a CSM is told so, anyone who may change nothing the reason.
    QString whyNotRemove() const;
    QString whyNotAssign() const;
    QString whyNotChangeSettings() const;

private:
    QString managerOnly(bool allowed, const char *text) const;
};

// Who an account belongs to: its owner (who created it) and the other logins of
// its team. On a team workspace, they and the managers may change its plans.
struct AccountTeam {
    QString owner;
    QStringList members;
    bool operator==(const AccountTeam &) const = default;
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
    virtual Result<Plan> insertPlan(const Plan &plan, PlanOrigin origin) = 0;
    Result<Plan> insertPlan(const Plan &plan) { return insertPlan(plan, PlanOrigin::New); }
    // Many new plans in one transaction: all or nothing.
    virtual Result<std::vector<PlanId>> insertPlans(const std::vector<Plan> &plans) = 0;
    // Replaces the stored content of an existing plan with this one.
    virtual Result<void> savePlan(const Plan &plan) = 0;
    // Persists edits of one plan, in one transaction.
    virtual Result<void> apply(PlanId plan, const std::vector<Change> &changes) = 0;
    virtual Result<void> deletePlan(PlanId id) = 0;

    // The plan's change history, newest first (a deleted plan's too), one entry
    // at a time: a long history is read without holding it all.
    using ChangeVisitor = std::function<void(const ChangeEntry &)>;
    virtual Result<void> readHistory(
        PlanId plan, const ChangeFilter &filter, const ChangeVisitor &each)
        = 0;
    // The same, all at once.
    Result<std::vector<ChangeEntry>> history(PlanId plan, const ChangeFilter &filter = {});
    // What this login may do with the plan, with the reason when it may not edit.
    virtual Result<EditRights> rights(PlanId plan) = 0;
    // The owner and team of an account; setting them is a manager's (one
    // history entry for each plan of the account).
    virtual Result<AccountTeam> team(AccountId account) = 0;
    virtual Result<void> setTeam(AccountId account, const AccountTeam &team) = 0;

    // Settings by key, as text: of the workspace (our company's name and logo), or
    // of one plan when `plan` is set (the choices last made for its documents). Not
    // part of any plan's content. An unset setting reads as an empty text; setting
    // an empty text removes it.
    virtual Result<QString> setting(const QString &key, PlanId plan = {}) = 0;
    virtual Result<void> setSetting(const QString &key, const QString &value, PlanId plan = {}) = 0;
    // Every setting of the workspace, or of one plan, by key.
    virtual Result<Portfolio::Settings> settings(PlanId plan = {}) = 0;

    // Adds another workspace's portfolio in one transaction, all or nothing, each
    // plan read back and compared with what was given before it commits. Unless
    // merging, refused when this workspace holds any account. Merging, a plan
    // whose content is here already is not added again, an account equal to one
    // here is that one, and settings already here stay.
    virtual Result<PortfolioCopied> insertPortfolio(const Portfolio &portfolio, bool merge) = 0;

    Result<void> apply(PlanId plan, const Change &change)
    {
        return apply(plan, std::vector<Change> {change});
    }
    Result<void> archivePlan(PlanId id);
    // All of it: every account, plan and setting.
    Result<Portfolio> portfolio();
};

} // namespace accord
