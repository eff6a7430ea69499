// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcommand.h"

#include "fieldaddress.h"
#include "planselector.h"

#include "model/plantable.h"
#include "util/backslashescape.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

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

// Names of the rows the plan no longer has, from the entries that added or
// removed them. Entries a filter left out may hold the name: the whole history is
// read only when a row of those shown is named nowhere else.
Result<ChangeText::RowNames> rowNames(Workspace &workspace, PlanId id, const Plan *plan,
    const std::vector<ChangeEntry> &entries, bool filtered)
{
    ChangeText::RowNames names = ChangeText::rowNames(entries);
    const auto unnamed = [&](const ChangeEntry &e) {
        const PlanTable *table = findPlanTable(e.table);
        return table && table->isCollection() && !names.count({e.table, e.rowId})
            && !(plan && table->indexOfRow(*plan, e.rowId) >= 0);
    };
    if (!filtered || std::none_of(entries.begin(), entries.end(), unnamed))
        return names;
    const auto all = workspace.history(id);
    if (!all)
        return all.failure();
    return ChangeText::rowNames(*all);
}

// "YYYY-MM-DD HH:MM" in the zone. QDateTime's own conversion to local time reads
// the zone anew each time and costs more than all the rest of a line.
QString minuteText(const QDateTime &at, const QTimeZone &zone)
{
    const int offset = zone.isValid() ? zone.offsetFromUtc(at) : at.toLocalTime().offsetFromUtc();
    const QDateTime local = at.toOffsetFromUtc(offset);
    QString text;
    text.reserve(16);
    const auto digits = [&text](int n, int count) {
        for (int unit = count == 4 ? 1000 : 10; unit > 0; unit /= 10)
            text += QChar(u'0' + n / unit % 10);
    };
    digits(local.date().year(), 4);
    text += u'-';
    digits(local.date().month(), 2);
    text += u'-';
    digits(local.date().day(), 2);
    text += u' ';
    digits(local.time().hour(), 2);
    text += u':';
    digits(local.time().minute(), 2);
    return text;
}

// The login, with the display name after it when that says more: "lisa (Lisa Park)".
QString who(const ChangeEntry &entry)
{
    if (entry.name.isEmpty() || entry.name == entry.login)
        return entry.login;
    return entry.login + QStringLiteral(" (") + entry.name + u')';
}

// A JSON string: quoted, with quotes, backslashes and control characters escaped.
QString json(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        if (c.unicode() >= 0x20)
            quoted += c;
        else
            quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
    }
    quoted += u'"';
    return quoted;
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
    const auto entries = (*ws)->history(named->id, *filter);
    if (!entries)
        return fail(entries.error());
    const bool filtered = !filter->login.isEmpty() || !filter->tables.isEmpty()
        || filter->since.isValid() || filter->until.isValid();
    const auto names = rowNames(**ws, named->id, plan, *entries, filtered);
    if (!names)
        return fail(names.error());
    if (format == u"json")
        printJson(*entries, plan, *names);
    else
        printText(*entries, plan, *names);
    return Success;
}

// One line per change: "2026-11-15 14:02  lisa (Lisa Park)  moved the Target date…";
// line breaks and tabs in values written \n and \t, as accord show writes them.
void LogCommand::printText(
    const std::vector<ChangeEntry> &entries, const Plan *plan, const ChangeText::RowNames &gone)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    for (const ChangeEntry &e : entries)
        m_out << minuteText(e.at, zone) << "  " << who(e) << "  "
              << backslashEscaped(ChangeText::what(e, plan, gone)) << '\n';
}

// An array of one object per change, one a line.
void LogCommand::printJson(
    const std::vector<ChangeEntry> &entries, const Plan *plan, const ChangeText::RowNames &gone)
{
    const auto field = [this](const char *key, const QString &value) {
        m_out << ",\"" << key << "\":" << json(value);
    };
    m_out << '[';
    for (const ChangeEntry &e : entries) {
        m_out << (&e == &entries.front() ? "\n{" : ",\n{") << "\"id\":" << e.id;
        field("at", e.at.toUTC().toString(Qt::ISODate));
        field("login", e.login);
        field("name", e.name);
        field("kind", ChangeEntry::kindKey(e.kind));
        field("section", e.table);
        m_out << ",\"row\":" << e.rowId;
        field("field", e.field);
        field("old", e.oldValue);
        field("new", e.newValue);
        field("text", ChangeText::what(e, plan, gone));
        m_out << '}';
    }
    m_out << (entries.empty() ? "]\n" : "\n]\n");
}

} // namespace accord
