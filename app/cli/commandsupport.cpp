// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include "planselector.h"
#include "storage/workspacebootstrap.h"
#include "storage/workspacelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace accord {

CommandSupport::CommandSupport(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CommandSupport::tr(const char *text)
{
    return QCoreApplication::translate("accord::CommandLine", text);
}

QCommandLineOption CommandSupport::workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"),
        tr("The workspace: a file, or a team's server as postgresql://[USER@]HOST[:PORT]/DB "
           "(default: $ACCORD_WORKSPACE or %1).")
            .arg(WorkspaceLocation::defaultPath()),
        tr("FILE|URI"));
}

bool CommandSupport::parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList {QStringLiteral("accord")} + args))
        return true;
    usage(parser.errorText());
    return false;
}

Result<std::unique_ptr<Workspace>> CommandSupport::openForReading(const QCommandLineParser &parser)
{
    const QString path = WorkspaceLocation::resolve(parser.value(QStringLiteral("workspace")));
    if (!WorkspaceLocation::isServer(path) && !WorkspaceLocation::isDefault(path)
        && !QFileInfo::exists(path))
        return Error {tr("The workspace %1 does not exist.").arg(QDir::toNativeSeparators(path))};
    return WorkspaceBootstrap::open(path);
}

Result<std::unique_ptr<Workspace>> CommandSupport::openForWriting(const QCommandLineParser &parser)
{
    return WorkspaceBootstrap::open(
        WorkspaceLocation::resolve(parser.value(QStringLiteral("workspace"))));
}

Result<Plan> CommandSupport::loadNamedPlan(const QCommandLineParser &parser, const QString &spec)
{
    auto ws = openForReading(parser);
    if (!ws)
        return Error {ws.error()};
    const auto id = PlanSelector::resolve(**ws, spec);
    if (!id)
        return Error {id.error()};
    return (*ws)->loadPlan(*id);
}

int CommandSupport::usage(const QString &message)
{
    m_err << tr("accord: %1").arg(message) << Qt::endl;
    return Usage;
}

int CommandSupport::fail(const QString &message)
{
    m_err << tr("accord: %1").arg(message) << Qt::endl;
    return Failure;
}

} // namespace accord
