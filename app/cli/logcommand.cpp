// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcommand.h"

#include "fieldaddress.h"
#include "planselector.h"

#include "logwriter.h"

#include "model/plantable.h"

#include <QRegularExpression>

namespace accord {

namespace {

const QString kSynopsis
    = QStringLiteral("accord log PLAN [--since DATE] [--until DATE] [--by LOGIN] [--section TABLE] "
                     "[--format text|json] [--workspace FILE|URI]");

// A day written YYYY-MM-DD; an invalid date for anything else.
QDate day(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    return form.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// The entries the options ask for; an error is a usage error.
Result<ChangeFilter> filterOf(const QCommandLineParser &parser)
{
    ChangeFilter filter;
    for (const QString &option : {QStringLiteral("since"), QStringLiteral("until")}) {
        if (!parser.isSet(option))
            continue;
        const QDate date = day(parser.value(option));
        if (!date.isValid())
            return Error {CommandSupport::tr("--%1 needs a day as YYYY-MM-DD, found \"%2\".")
                              .arg(option, parser.value(option))};
        (option == u"since" ? filter.since : filter.until) = date;
    }
    if (filter.since.isValid() && filter.until.isValid() && filter.since > filter.until)
        return Error {
            CommandSupport::tr("--since %1 is after --until %2.")
                .arg(filter.since.toString(Qt::ISODate), filter.until.toString(Qt::ISODate))};
    if (parser.isSet(QStringLiteral("by"))) {
        filter.login = parser.value(QStringLiteral("by"));
        if (filter.login.isEmpty())
            return Error {CommandSupport::tr("--by needs a login.")};
    }
    if (parser.isSet(QStringLiteral("section"))) {
        const auto table = FieldAddress::parseTable(parser.value(QStringLiteral("section")));
        if (!table)
            return table.failure();
        filter.tables = {(*table)->name()};
    }
    return filter;
}

// The plan PLAN names, loaded; or only the id of a deleted plan, which the history
// still knows, when PLAN is a number no plan has now.
struct NamedPlan {
    PlanId id;
    std::optional<Plan> plan;
};

Result<NamedPlan> findPlan(Workspace &workspace, const QString &spec)
{
    const Result<PlanId> id = PlanSelector::resolve(workspace, spec);
    if (id) {
        Result<Plan> plan = workspace.loadPlan(*id);
        if (!plan)
            return plan.failure();
        return NamedPlan {*id, std::move(*plan)};
    }
    bool isNumber = false;
    const PlanId gone(spec.trimmed().toLongLong(&isNumber));
    if (!isNumber)
        return id.failure();
    ChangeFilter newest;
    newest.limit = 1;
    const auto entries = workspace.history(gone, newest);
    if (!entries)
        return entries.failure();
    if (entries->empty())
        return id.failure();
    return NamedPlan {gone, std::nullopt};
}

} // namespace

int LogCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("since"),
        tr("Only changes on or after this day (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("until"),
        tr("Only changes on or before this day (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("by"), tr("Only changes by this login."), tr("LOGIN")});
    parser.addOption({QStringLiteral("section"),
        tr("Only changes of this table, as accord show names them (e.g. milestone)."),
        tr("TABLE")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("FORMAT"),
        QStringLiteral("text")});
    if (!parse(parser, args))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("usage: %1").arg(kSynopsis));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return usage(tr("--format is text or json, found \"%1\".").arg(format));
    const Result<ChangeFilter> filter = filterOf(parser);
    if (!filter)
        return usage(filter.error());

    auto ws = openForReading(parser);
    if (!ws)
        return fail(ws.error());
    const Result<NamedPlan> named = findPlan(**ws, parser.positionalArguments().first());
    if (!named)
        return fail(named.error());
    const Plan *plan = named->plan ? &*named->plan : nullptr;
    // Names of the rows the plan no longer has, from the entries that added or
    // removed them (which a filter may leave out): rows of the tables that have
    // rows, not the plan's own fields.
    ChangeFilter naming;
    naming.kinds = {ChangeEntry::Kind::Insert, ChangeEntry::Kind::Remove};
    for (const PlanTable *table : planTables()) {
        if (table->isCollection())
            naming.tables << table->name();
    }
    const auto namingEntries = (*ws)->history(named->id, naming);
    if (!namingEntries)
        return fail(namingEntries.error());
    const ChangeText::RowNames names = ChangeText::rowNames(*namingEntries);
    const ChangeText text(plan, &names);
    LogWriter writer(
        m_out, format == u"json" ? LogWriter::Format::Json : LogWriter::Format::Text, text);
    const auto read = (*ws)->readHistory(
        named->id, *filter, [&writer](const ChangeEntry &e) { writer.add(e); });
    if (!read) {
        writer.flush();
        return fail(read.error());
    }
    writer.finish();
    return Success;
}

} // namespace accord
