// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "rules/planwarnings.h"

#include <algorithm>

namespace accord {

namespace {

QString location(const Warning &w)
{
    QString where = w.table ? w.table->name() : QString();
    if (w.rowId > 0)
        where += u'#' + QString::number(w.rowId);
    if (w.field.isValid())
        where += u'.' + w.field.info().key;
    return where;
}

int count(const std::vector<Warning> &findings, Warning::Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
        [severity](const Warning &w) { return w.severity == severity; }));
}

} // namespace

int CheckCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("today"),
        tr("Check as on this date, YYYY-MM-DD (default: today)."), tr("DATE")});
    if (!parse(parser, args))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("check needs exactly one plan: accord check PLAN [--workspace FILE]."));
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return usage(tr("--today needs a date in the form YYYY-MM-DD, found \"%1\".")
                             .arg(parser.value(QStringLiteral("today"))));
    }
    const auto plan = loadNamedPlan(parser, parser.positionalArguments().first());
    if (!plan)
        return fail(plan.error());
    const std::vector<Warning> findings = PlanWarnings::of(*plan, today);
    print(findings);
    return PlanWarnings::hasErrors(findings) ? Failure : Success;
}

void CheckCommand::print(const std::vector<Warning> &findings)
{
    for (const Warning &w : findings)
        m_out << PlanWarnings::severityKey(w.severity) << u'\t' << w.code << u'\t' << location(w)
              << u'\t' << w.message << Qt::endl;
    m_out << tr("Errors: %1, warnings: %2, suggestions: %3.")
                 .arg(count(findings, Warning::Severity::Error))
                 .arg(count(findings, Warning::Severity::Warning))
                 .arg(count(findings, Warning::Severity::Info))
          << Qt::endl;
}

} // namespace accord
