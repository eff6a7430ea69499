// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "admincommand.h"
#include "checkcommand.h"
#include "copyworkspacecommand.h"
#include "editcommands.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "logcommand.h"
#include "teamcommand.h"
#include "templatecommands.h"

#include "sample/samplegenerator.h"
#include "storage/postgresworkspace.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacebootstrap.h"
#include "storage/workspacelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace accord {

namespace {

QString column(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + u'…' : text.leftJustified(width);
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : CommandSupport(out, err)
{
}

QStringList CommandLine::subcommands()
{
    return {QStringLiteral("list"), QStringLiteral("import"), QStringLiteral("export"),
        QStringLiteral("check"), QStringLiteral("new"), QStringLiteral("templates"),
        QStringLiteral("save-template"), QStringLiteral("generate"), QStringLiteral("backups"),
        QStringLiteral("restore"), QStringLiteral("set"), QStringLiteral("add"),
        QStringLiteral("remove"), QStringLiteral("show"), QStringLiteral("admin"),
        QStringLiteral("copy-workspace"), QStringLiteral("log"), QStringLiteral("team")};
}

QString CommandLine::helpText()
{
    return QCoreApplication::translate("main",
        "Joint customer success plans.\n\n"
        "Commands (run without a window; all but templates take [--workspace FILE|URI], a file "
        "or a team's server postgresql://[USER@]HOST[:PORT]/DB):\n"
        "  list                                              accounts, plans, status, health, "
        "renewal\n"
        "  import        FILE.yaml|FILE.json                 add a plan from a file (all or "
        "nothing)\n"
        "  export        PLAN --format FORMAT -o OUT         write a plan as yaml, json, md, csv, "
        "ics, pdf or html (-o - for stdout)\n"
        "                [--audience customer|internal]      pdf, html, md, ics: for the customer "
        "(default) or the internal version\n"
        "                [--sections LIST]                   pdf, html, md: the sections to print "
        "(default: as last chosen)\n"
        "                [--page-size a4|letter] [--blank]   pdf, html: the paper; a blank form "
        "for a kickoff call\n"
        "  check         PLAN [--today DATE]                 plan-quality findings; exit code 1 if "
        "any is an error\n"
        "  new           --template KEY --account NAME [--title T]\n"
        "                                                    a new plan from a template; prints "
        "its id\n"
        "  templates                                         the templates: key, name, "
        "description\n"
        "  save-template PLAN --name NAME [--description D]  save a plan as your own template\n"
        "  generate      --plans N [--seed S] --workspace FILE\n"
        "                                                    realistic sample plans (same seed, "
        "same plans)\n"
        "  show          PLAN [TABLE]                        the plan's rows with their ids, "
        "tab-separated\n"
        "  set           PLAN TABLE#ROW.FIELD VALUE          change one field (plan.FIELD, "
        "account.FIELD)\n"
        "  add           PLAN TABLE [FIELD=VALUE...]         add a row; prints its id\n"
        "  remove        PLAN TABLE#ROW                      remove a row and the rows that "
        "belong to it\n"
        "  log           PLAN [--since DATE] [--until DATE] [--by LOGIN] [--section TABLE]\n"
        "                [--format text|json]                the plan's changes, newest first: "
        "when, who, what (a deleted plan's by its id)\n"
        "  team          ACCOUNT|PLAN [--owner LOGIN] [--add LOGIN]... [--remove LOGIN]...\n"
        "                                                    the account's owner and team; with "
        "options, change them\n"
        "  backups       [--create]                          list (or make) workspace backups\n"
        "  restore       BACKUP                              replace the workspace with a backup\n"
        "  copy-workspace FROM TO [--merge]                  every account, plan and setting "
        "into an empty workspace (file or server); --merge: add what it lacks\n"
        "  admin init                                        set up a team workspace on a "
        "PostgreSQL server (again: upgrade it)\n"
        "  admin add-user LOGIN --role viewer|csm|manager [--password-file F]\n"
        "                                                    a login of the team workspace\n"
        "\nPLAN is a plan id, an account or plan name, or Company/Title as `accord list` shows "
        "them.\n"
        "Without a command, the window opens on the workspace.");
}

bool CommandLine::drawsPages(const QStringList &args)
{
    return args.value(0) == u"export" && ExportCommand::drawsPages(args.mid(1));
}

int CommandLine::run(const QStringList &args)
{
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == u"list")
        return list(rest);
    if (command == u"import")
        return ImportCommand(m_out, m_err).run(rest);
    if (command == u"export")
        return ExportCommand(m_out, m_err).run(rest);
    if (command == u"check")
        return CheckCommand(m_out, m_err).run(rest);
    if (command == u"new")
        return TemplateCommands(m_out, m_err).newPlan(rest);
    if (command == u"templates")
        return TemplateCommands(m_out, m_err).list(rest);
    if (command == u"save-template")
        return TemplateCommands(m_out, m_err).saveTemplate(rest);
    if (command == u"set")
        return EditCommands(m_out, m_err).set(rest);
    if (command == u"add")
        return EditCommands(m_out, m_err).add(rest);
    if (command == u"remove")
        return EditCommands(m_out, m_err).remove(rest);
    if (command == u"show")
        return EditCommands(m_out, m_err).show(rest);
    if (command == u"generate")
        return generate(rest);
    if (command == u"backups")
        return backups(rest);
    if (command == u"restore")
        return restore(rest);
    if (command == u"admin")
        return AdminCommand(m_out, m_err).run(rest);
    if (command == u"copy-workspace")
        return CopyWorkspaceCommand(m_out, m_err).run(rest);
    if (command == u"log")
        return LogCommand(m_out, m_err).run(rest);
    if (command == u"team")
        return TeamCommand(m_out, m_err).run(rest);
    return usage(tr("Unknown command \"%1\". Commands: %2.")
                     .arg(command, subcommands().join(QStringLiteral(", "))));
}

int CommandLine::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    if (!parse(parser, args))
        return Usage;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("list takes no arguments, found \"%1\".")
                         .arg(parser.positionalArguments().join(u' ')));
    auto ws = openForReading(parser);
    if (!ws)
        return fail(ws.error());
    auto plans = (*ws)->listPlans();
    if (!plans)
        return fail(plans.error());
    m_out << column(tr("ID"), 6) << column(tr("Account"), 28) << column(tr("Plan"), 36)
          << column(tr("Status"), 11) << column(tr("Health"), 14) << tr("Renewal") << Qt::endl;
    for (const PlanSummary &s : *plans) {
        const QString health = s.healthScore
            ? QStringLiteral("%1 %2").arg(qRound(*s.healthScore)).arg(enumKey(*s.healthLevel))
            : tr("-");
        m_out << column(QString::number(s.id.value), 6) << column(s.company, 28)
              << column(s.title, 36) << column(enumKey(s.status), 11) << column(health, 14)
              << (s.renewalDate.isValid() ? s.renewalDate.toString(Qt::ISODate) : tr("-"))
              << Qt::endl;
    }
    return 0;
}

int CommandLine::generate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("plans"), tr("How many plans to generate."), tr("N")});
    parser.addOption(
        {QStringLiteral("seed"), tr("Random seed (default 1): the same seed gives the same plans."),
            tr("S"), QStringLiteral("1")});
    if (!parse(parser, args))
        return Usage;
    bool ok = false;
    const int count = parser.value(QStringLiteral("plans")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("plans")) || !ok || count < 1 || count > 1000000)
        return usage(tr("generate needs --plans N with N between 1 and 1000000, found \"%1\".")
                         .arg(parser.value(QStringLiteral("plans"))));
    const uint seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return usage(tr("--seed needs a whole number from 0 to 4294967295, found \"%1\".")
                         .arg(parser.value(QStringLiteral("seed"))));
    if (!parser.isSet(QStringLiteral("workspace")))
        return usage(tr("generate needs --workspace FILE, so that sample plans never land in your "
                        "own workspace by accident."));
    auto ws = WorkspaceBootstrap::open(
        WorkspaceLocation::resolve(parser.value(QStringLiteral("workspace"))), false);
    if (!ws)
        return fail(ws.error());
    SampleGenerator generator(seed);
    constexpr int kBatch = 500;
    for (int done = 0; done < count; done += kBatch) {
        auto stored = (*ws)->insertPlans(generator.generate(qMin(kBatch, count - done)));
        if (!stored)
            return fail(stored.error());
    }
    m_out << tr("Generated %1 plans (seed %2) in %3.")
                 .arg(count)
                 .arg(seed)
                 .arg(QDir::toNativeSeparators((*ws)->location()))
          << Qt::endl;
    return 0;
}

// What `accord backups` and `restore` say of a server: its backups are its
// administrator's, made with PostgreSQL's own tools.
QString CommandLine::serverBackups(const Workspace &workspace)
{
    const auto *server = dynamic_cast<const PostgresWorkspace *>(&workspace);
    const QString database = server ? server->address().database() : QString();
    return tr("%1 is a team workspace on a PostgreSQL server: its backups are made and restored "
              "on the server by whoever runs it, with PostgreSQL's tools, e.g.\n"
              "  pg_dump --format=custom --file=accord.dump %2\n"
              "  pg_restore --clean --dbname=%2 accord.dump\n"
              "Accord keeps no backup copies of a server workspace.")
        .arg(workspace.location(), database.isEmpty() ? QStringLiteral("DB") : database);
}

int CommandLine::backups(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("create"), tr("Make a backup now.")});
    if (!parse(parser, args))
        return Usage;
    auto ws = openForReading(parser);
    if (!ws)
        return fail(ws.error());
    auto *file = dynamic_cast<SqliteWorkspace *>(ws->get());
    if (!file)
        return fail(serverBackups(**ws));
    if (parser.isSet(QStringLiteral("create"))) {
        auto saved = file->backup(QStringLiteral("manual"));
        if (!saved)
            return fail(saved.error());
    }
    for (const BackupManager::Backup &b : file->backups().list())
        m_out << b.created.toLocalTime().toString(Qt::ISODate) << u'\t' << b.reason << u'\t'
              << QDir::toNativeSeparators(b.path) << Qt::endl;
    return 0;
}

int CommandLine::restore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    if (!parse(parser, args))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return usage(
            tr("restore needs exactly one backup file: accord restore BACKUP [--workspace FILE]."));
    const QString workspace = WorkspaceLocation::resolve(parser.value(QStringLiteral("workspace")));
    if (WorkspaceLocation::isServer(workspace)) {
        auto ws = openForReading(parser);
        return fail(ws ? serverBackups(**ws) : ws.error());
    }
    if (auto restored = BackupManager::restore(workspace, parser.positionalArguments().first());
        !restored)
        return fail(restored.error());
    m_out << tr("Restored %1 from %2.")
                 .arg(QDir::toNativeSeparators(workspace),
                     QDir::toNativeSeparators(parser.positionalArguments().first()))
          << Qt::endl;
    return 0;
}

} // namespace accord
