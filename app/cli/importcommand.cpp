// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "io/planio.h"

#include <QDir>
#include <QFileInfo>

namespace accord {

int ImportCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    if (!parse(parser, args))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("import needs exactly one plan file: accord import FILE.yaml|FILE.json "
                        "[--workspace FILE]."));
    const QString path = parser.positionalArguments().first();
    const std::optional<Plan> plan = read(path);
    if (!plan)
        return Failure;
    return store(*plan, path, parser);
}

// The plan in path, or nullopt after printing the first error.
std::optional<Plan> ImportCommand::read(const QString &path)
{
    const QFileInfo info(path);
    QString error;
    if (!info.exists())
        error = tr("%1: no such file.").arg(path);
    else if (info.isDir())
        error = tr("%1: is a folder, not a plan file.").arg(path);
    ImportReport report;
    std::optional<Plan> plan;
    if (error.isEmpty()) {
        Result<Plan> imported = importPlanFile(path, &report);
        if (imported)
            plan = std::move(*imported);
        else
            error = report.errors.empty() ? imported.error().section(u'\n', 0, 0)
                                          : report.errors.front().toString();
    }
    if (!plan) {
        fail(error);
        return std::nullopt;
    }
    for (const Diagnostic &warning : report.warnings)
        m_err << tr("accord: warning: %1").arg(warning.toString()) << Qt::endl;
    return plan;
}

int ImportCommand::store(const Plan &plan, const QString &path, const QCommandLineParser &parser)
{
    auto ws = openForWriting(parser);
    if (!ws)
        return fail(ws.error());
    const auto existing = (*ws)->listPlans();
    if (!existing)
        return fail(existing.error());
    if (!existing->empty()) {
        if (auto saved = (*ws)->backup(QStringLiteral("before-import")); !saved)
            return fail(saved.error());
    }
    const auto stored = (*ws)->insertPlan(plan, PlanOrigin::Imported);
    if (!stored)
        return fail(stored.error());
    m_out << tr("Imported %1 as plan %2 of %3.")
                 .arg(QDir::toNativeSeparators(path), QString::number(stored->id.value),
                     stored->account.company)
          << Qt::endl;
    return Success;
}

} // namespace accord
