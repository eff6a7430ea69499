// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecommands.h"

#include "templates/templatecatalog.h"

#include <algorithm>

namespace accord {

namespace {

QStringList keysOf(const std::vector<PlanTemplate> &templates)
{
    QStringList keys;
    for (const PlanTemplate &t : templates)
        keys << t.key;
    return keys;
}

qsizetype widest(const std::vector<PlanTemplate> &templates, QString PlanTemplate::*member)
{
    qsizetype width = 0;
    for (const PlanTemplate &t : templates)
        width = std::max(width, (t.*member).size());
    return width;
}

} // namespace

int TemplateCommands::list(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, args))
        return Usage;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("templates takes no arguments, found \"%1\".")
                         .arg(parser.positionalArguments().join(u' ')));
    const std::vector<PlanTemplate> templates = TemplateCatalog::all();
    const qsizetype keyWidth = widest(templates, &PlanTemplate::key) + 2;
    const qsizetype nameWidth = widest(templates, &PlanTemplate::name) + 2;
    for (const PlanTemplate &t : templates)
        m_out << t.key.leftJustified(keyWidth) << t.name.leftJustified(nameWidth) << t.description
              << Qt::endl;
    return Success;
}

int TemplateCommands::newPlan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("template"),
        tr("The template to start from (see accord templates)."), tr("KEY")});
    parser.addOption({QStringLiteral("account"),
        tr("The account: an existing one by its exact name, else a new one."), tr("NAME")});
    parser.addOption({QStringLiteral("title"),
        tr("The plan's title (default: the template's, or \"<account> success plan\")."), tr("T")});
    if (!parse(parser, args))
        return Usage;
    const QString key = parser.value(QStringLiteral("template"));
    const QString company = parser.value(QStringLiteral("account")).trimmed();
    if (!parser.positionalArguments().isEmpty() || key.isEmpty() || company.isEmpty())
        return usage(tr("new needs a template and an account: accord new --template KEY --account "
                        "NAME [--title T] [--workspace FILE]."));
    const auto found = TemplateCatalog::find(key);
    if (!found)
        return fail(tr("Unknown template \"%1\". Templates: %2.")
                        .arg(key, keysOf(TemplateCatalog::all()).join(QStringLiteral(", "))));
    auto ws = openForWriting(parser);
    if (!ws)
        return fail(ws.error());
    const auto account = accountNamed(**ws, company);
    if (!account)
        return fail(account.error());
    const auto plan = TemplateCatalog::instantiate(
        *found, *account, QDate::currentDate(), parser.value(QStringLiteral("title")));
    if (!plan)
        return fail(plan.error());
    const auto stored = (*ws)->insertPlan(*plan);
    if (!stored)
        return fail(stored.error());
    m_out << stored->id.value << Qt::endl;
    return Success;
}

int TemplateCommands::saveTemplate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("name"), tr("The template's name."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("description"), tr("One sentence on when to use it."), tr("D")});
    if (!parse(parser, args))
        return Usage;
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (parser.positionalArguments().size() != 1 || name.isEmpty())
        return usage(tr("save-template needs a plan and a name: accord save-template PLAN --name "
                        "NAME [--description D] [--workspace FILE]."));
    const auto plan = loadNamedPlan(parser, parser.positionalArguments().first());
    if (!plan)
        return fail(plan.error());
    const auto saved
        = TemplateCatalog::saveAsTemplate(*plan, name, parser.value(QStringLiteral("description")));
    if (!saved)
        return fail(saved.error());
    m_out << *saved << Qt::endl;
    return Success;
}

// The account whose company is exactly `company` (the first one by id), else a new one.
Result<Account> TemplateCommands::accountNamed(Workspace &workspace, const QString &company)
{
    const auto accounts = workspace.listAccounts();
    if (!accounts)
        return Error {accounts.error()};
    const Account *match = nullptr;
    for (const Account &a : *accounts) {
        if (a.company == company && (!match || a.id < match->id))
            match = &a;
    }
    if (match)
        return *match;
    Account account;
    account.company = company;
    return account;
}

} // namespace accord
