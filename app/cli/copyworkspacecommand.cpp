// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyworkspacecommand.h"

#include "storage/workspacebootstrap.h"
#include "storage/workspacelocation.h"

#include <QDir>
#include <QFileInfo>

namespace accord {

int CopyWorkspaceCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("merge"),
        tr("Add to a workspace that holds plans already: plans it holds with the same content "
           "are not added again.")});
    if (!parse(parser, args))
        return Usage;
    const QStringList places = parser.positionalArguments();
    if (places.size() != 2)
        return usage(tr("copy-workspace needs two workspaces: accord copy-workspace FROM TO "
                        "[--merge], each a file or a postgresql:// address."));
    const QString from = WorkspaceLocation::resolve(places[0]);
    const QString to = WorkspaceLocation::resolve(places[1]);
    if (from == to)
        return usage(tr("FROM and TO are the same workspace."));
    if (!WorkspaceLocation::isServer(from) && !QFileInfo::exists(from))
        return fail(tr("The workspace %1 does not exist.").arg(QDir::toNativeSeparators(from)));
    auto source = WorkspaceBootstrap::open(from, false);
    if (!source)
        return fail(source.error());
    const Result<Portfolio> portfolio = (*source)->portfolio();
    if (!portfolio)
        return fail(portfolio.error());
    const bool merge = parser.isSet(QStringLiteral("merge"));
    auto target = WorkspaceBootstrap::open(to, false); // a new file is created empty
    if (!target)
        return fail(target.error());
    if (merge) {
        if (auto saved = (*target)->backup(QStringLiteral("before-copy")); !saved)
            return fail(saved.error());
    }
    const Result<PortfolioCopied> copied = (*target)->insertPortfolio(*portfolio, merge);
    if (!copied)
        return fail(copied.error());
    m_out << tr("Copied %1 plan(s) and %2 account(s) from %3 to %4.")
                 .arg(copied->plans)
                 .arg(copied->accounts)
                 .arg((*source)->location(), (*target)->location());
    if (copied->alreadyThere > 0)
        m_out << ' '
              << tr("%1 plan(s) were there already and were left as they are.")
                     .arg(copied->alreadyThere);
    m_out << Qt::endl;
    return Success;
}

} // namespace accord
