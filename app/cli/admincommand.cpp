// SPDX-License-Identifier: GPL-3.0-or-later
#include "admincommand.h"

#include "storage/serveraddress.h"
#include "storage/teamserver.h"
#include "storage/workspacelocation.h"

#include <QFile>

namespace accord {

int AdminCommand::run(const QStringList &args)
{
    const QString step = args.value(0);
    if (step == u"init")
        return init(args.mid(1));
    if (step == u"add-user")
        return addUser(args.mid(1));
    return usage(
        tr("admin needs init or add-user: accord admin init --workspace URI, or accord "
           "admin add-user LOGIN --role viewer|csm|manager [--name NAME] [--password-file F] "
           "--workspace URI."));
}

std::optional<ServerAddress> AdminCommand::server(const QCommandLineParser &parser)
{
    const QString location = WorkspaceLocation::resolve(parser.value(QStringLiteral("workspace")));
    if (!WorkspaceLocation::isServer(location)) {
        usage(tr("admin sets up a team workspace on a PostgreSQL server: give its address with "
                 "--workspace postgresql://[USER@]HOST[:PORT]/DB."));
        return std::nullopt;
    }
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address) {
        usage(address.error());
        return std::nullopt;
    }
    return *address;
}

int AdminCommand::init(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    if (!parse(parser, args))
        return Usage;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("admin init takes no arguments besides --workspace."));
    const std::optional<ServerAddress> address = server(parser);
    if (!address)
        return Usage;
    const Result<QString> done = TeamServer::init(*address);
    if (!done)
        return fail(done.error());
    m_out << *done << Qt::endl;
    return Success;
}

int AdminCommand::addUser(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("role"), tr("viewer, csm or manager."), tr("ROLE")});
    parser.addOption({QStringLiteral("password-file"),
        tr("A file whose first line is the login's password."), tr("FILE")});
    parser.addOption({QStringLiteral("name"),
        tr("The person's name, as the change history shows it (\"Lisa Park\")."), tr("NAME")});
    if (!parse(parser, args))
        return Usage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("role")))
        return usage(tr("admin add-user needs one LOGIN and --role viewer|csm|manager."));
    const std::optional<ServerAddress> address = server(parser);
    if (!address)
        return Usage;
    QString password;
    if (parser.isSet(QStringLiteral("password-file"))) {
        QFile file(parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The password file %1 cannot be read: %2")
                            .arg(file.fileName(), file.errorString()));
        password = QString::fromUtf8(file.readLine(4096)).remove(u'\n').remove(u'\r');
        if (password.isEmpty())
            return fail(
                tr("The password file %1 has no password on its first line.").arg(file.fileName()));
    }
    const Result<QString> done = TeamServer::addUser(*address, parser.positionalArguments().first(),
        parser.value(QStringLiteral("role")), password, parser.value(QStringLiteral("name")));
    if (!done)
        return fail(done.error());
    m_out << *done << Qt::endl;
    return Success;
}

} // namespace accord
