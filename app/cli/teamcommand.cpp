// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamcommand.h"

#include "planselector.h"

#include <algorithm>

namespace accord {

namespace {

const QString kSynopsis
    = QStringLiteral("accord team ACCOUNT|PLAN [--owner LOGIN] [--add LOGIN]… [--remove LOGIN]… "
                     "[--workspace FILE|URI]");

// The account spec names: the account of the plan it names, or else an account
// by its name (one with several plans, or with none).
Result<Account> findAccount(Workspace &workspace, const QString &spec)
{
    const auto plans = workspace.listPlans();
    if (!plans)
        return plans.failure();
    const auto accounts = workspace.listAccounts();
    if (!accounts)
        return accounts.failure();
    const Result<PlanId> plan = PlanSelector::resolve(*plans, spec);
    AccountId wanted;
    if (plan) {
        wanted = std::find_if(plans->begin(), plans->end(), [&](const PlanSummary &s) {
            return s.id == *plan;
        })->accountId;
    }
    std::vector<const Account *> found;
    for (const Account &account : *accounts) {
        if (plan ? account.id == wanted
                 : account.company.compare(spec.trimmed(), Qt::CaseInsensitive) == 0)
            found.push_back(&account);
    }
    if (found.size() == 1)
        return *found.front();
    return plan ? Error {CommandSupport::tr("The account of plan %1 is not in the workspace.")
                             .arg(plan->value)}
                : plan.failure();
}

} // namespace

int TeamCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("owner"),
        tr("Make this login the account's owner (an empty text: nobody)."), tr("LOGIN")});
    parser.addOption({QStringLiteral("add"),
        tr("Add this login to the account's team (repeat for more)."), tr("LOGIN")});
    parser.addOption({QStringLiteral("remove"),
        tr("Take this login off the account's team (repeat for more)."), tr("LOGIN")});
    if (!parse(parser, args))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("usage: %1").arg(kSynopsis));
    auto ws = openForReading(parser);
    if (!ws)
        return fail(ws.error());
    const Result<Account> account = findAccount(**ws, parser.positionalArguments().first());
    if (!account)
        return fail(account.error());
    Result<AccountTeam> team = (*ws)->team(account->id);
    if (!team)
        return fail(team.error());

    AccountTeam wanted = *team;
    if (parser.isSet(QStringLiteral("owner")))
        wanted.owner = parser.value(QStringLiteral("owner"));
    for (const QString &login : parser.values(QStringLiteral("add"))) {
        if (!wanted.members.contains(login))
            wanted.members << login;
    }
    for (const QString &login : parser.values(QStringLiteral("remove"))) {
        if (wanted.members.removeAll(login) > 0)
            continue;
        return fail(login == wanted.owner
                ? tr("%1 is the owner of %2: give it another with --owner.")
                      .arg(login, account->company)
                : tr("%1 is not on the team of %2.").arg(login, account->company));
    }
    if (wanted != *team) {
        if (auto done = (*ws)->setTeam(account->id, wanted); !done)
            return fail(done.error());
        team = (*ws)->team(account->id);
        if (!team)
            return fail(team.error());
    }
    print(*account, *team);
    return Success;
}

void TeamCommand::print(const Account &account, const AccountTeam &team)
{
    m_out << tr("Account: %1").arg(account.company) << '\n'
          << tr("Owner: %1").arg(team.owner.isEmpty() ? tr("(nobody)") : team.owner) << '\n'
          << tr("Team: %1")
                 .arg(team.members.isEmpty() ? tr("(nobody else)")
                                             : team.members.join(QStringLiteral(", ")))
          << Qt::endl;
}

} // namespace accord
