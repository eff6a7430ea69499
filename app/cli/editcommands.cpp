// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommands.h"

#include "fieldaddress.h"
#include "fieldvaluetext.h"
#include "planselector.h"

#include "document/plandocument.h"

#include <QRegularExpression>

#include <limits>

namespace accord {

struct EditCommands::OpenPlan {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<PlanDocument> document;
};

std::unique_ptr<EditCommands::OpenPlan> EditCommands::begin(
    QCommandLineParser &parser, const QStringList &args, const Words &words, int *exitCode)
{
    parser.addOption(workspaceOption());
    // A negative number is a value, not an option: it goes last (after "--"), as
    // the value is the last word of accord set.
    static const QRegularExpression negative(QStringLiteral(R"(^-\.?\d)"));
    QStringList options;
    QStringList values;
    for (const QString &arg : args)
        (negative.match(arg).hasMatch() ? values : options) << arg;
    if (!values.isEmpty() && !options.contains(QStringLiteral("--")))
        options << QStringLiteral("--") << values;
    else
        options = args;
    if (!parse(parser, options)) {
        *exitCode = Usage;
        return nullptr;
    }
    const int given = int(parser.positionalArguments().size()) - 1;
    if (given < words.least || given > words.most) {
        *exitCode = usage(tr("usage: %1").arg(words.synopsis));
        return nullptr;
    }
    auto ws = openForReading(parser);
    if (!ws) {
        *exitCode = fail(ws.error());
        return nullptr;
    }
    const auto id = PlanSelector::resolve(**ws, parser.positionalArguments().first());
    auto plan = id ? (*ws)->loadPlan(*id) : Result<Plan>(Error {id.error()});
    if (!plan) {
        *exitCode = fail(plan.error());
        return nullptr;
    }
    auto open = std::make_unique<OpenPlan>();
    open->workspace = std::move(*ws);
    open->document = std::make_unique<PlanDocument>(*open->workspace, std::move(*plan));
    return open;
}

int EditCommands::set(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = Success;
    const auto open = begin(parser, args,
        {2, 2, QStringLiteral("accord set PLAN TABLE#ROW.FIELD VALUE [--workspace FILE]")},
        &exitCode);
    if (!open)
        return exitCode;
    PlanDocument &document = *open->document;
    const QStringList words = parser.positionalArguments();
    const auto address = FieldAddress::parseField(document.plan(), words[1]);
    if (!address)
        return fail(address.error());
    const auto value = FieldValueText::parse(document.plan(), address->fieldRef(), words[2]);
    if (!value)
        return fail(value.error());
    if (auto done = document.set(address->fieldRef(), address->rowId, *value); !done)
        return fail(tr("%1: %2").arg(address->toString(), done.error()));
    m_out << tr("Set %1 of plan %2.").arg(address->toString()).arg(document.id().value) << Qt::endl;
    return Success;
}

int EditCommands::add(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = Success;
    const auto open = begin(parser, args,
        {1, std::numeric_limits<int>::max(),
            QStringLiteral("accord add PLAN TABLE [FIELD=VALUE…] [--workspace FILE]")},
        &exitCode);
    if (!open)
        return exitCode;
    PlanDocument &document = *open->document;
    const QStringList words = parser.positionalArguments();
    const auto table = FieldAddress::parseTable(words[1]);
    if (!table)
        return fail(table.error());
    if (!(*table)->isCollection())
        return fail(tr("%1 is a single record, always there: change its fields with accord set "
                       "PLAN %1.FIELD VALUE.")
                        .arg((*table)->name()));
    std::vector<std::pair<FieldRef, QVariant>> values;
    for (const QString &assignment : words.mid(2)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return usage(tr("\"%1\" is not FIELD=VALUE.").arg(assignment));
        const auto field
            = FieldAddress::parseFieldName(**table, QStringView(assignment).left(equals));
        if (!field)
            return fail(field.error());
        const FieldRef ref {*table, *field};
        if (std::any_of(
                values.begin(), values.end(), [&](const auto &v) { return v.first == ref; }))
            return usage(tr("%1 is given twice.").arg(ref.info().key));
        const auto value = FieldValueText::parse(document.plan(), ref, assignment.mid(equals + 1));
        if (!value)
            return fail(value.error());
        values.emplace_back(ref, *value);
    }
    const Result<qint64> id
        = document.insertRow(**table, (*table)->rowCount(document.plan()), values);
    if (!id)
        return fail(tr("%1: %2").arg((*table)->name(), id.error()));
    m_out << *id << Qt::endl;
    return Success;
}

int EditCommands::remove(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = Success;
    const auto open = begin(parser, args,
        {1, 1, QStringLiteral("accord remove PLAN TABLE#ROW [--workspace FILE]")}, &exitCode);
    if (!open)
        return exitCode;
    PlanDocument &document = *open->document;
    const QString spec = parser.positionalArguments().at(1);
    const auto table = FieldAddress::parseTable(QStringView(spec).left(spec.indexOf(u'#')));
    if (table && !(*table)->isCollection())
        return fail(tr("%1 is a single record and cannot be removed.").arg((*table)->name()));
    const auto address = FieldAddress::parseRow(document.plan(), spec);
    if (!address)
        return fail(address.error());
    if (auto done = document.removeRow(*address->table, address->rowId); !done)
        return fail(tr("%1: %2").arg(address->toString(), done.error()));
    m_out << tr("Removed %1 from plan %2.").arg(address->toString()).arg(document.id().value)
          << Qt::endl;
    return Success;
}

int EditCommands::show(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = Success;
    const auto open = begin(parser, args,
        {0, 1, QStringLiteral("accord show PLAN [TABLE] [--workspace FILE]")}, &exitCode);
    if (!open)
        return exitCode;
    const Plan &plan = open->document->plan();
    if (parser.positionalArguments().size() == 1) {
        showAll(plan);
        return Success;
    }
    const auto table = FieldAddress::parseTable(parser.positionalArguments().at(1));
    if (!table)
        return fail(table.error());
    showTable(plan, **table);
    return Success;
}

// A header line (id and the field keys), then one line per row.
void EditCommands::showTable(const Plan &plan, const PlanTable &table)
{
    QStringList header {QStringLiteral("id")};
    for (const FieldInfo &field : table.fields())
        header << field.key;
    m_out << header.join(u'\t') << '\n';
    for (int row = 0; row < table.rowCount(plan); ++row) {
        QStringList cells {QString::number(table.rowId(plan, row))};
        for (int f = 0; f < int(table.fields().size()); ++f)
            cells << FieldValueText::tsvCell(
                FieldValueText::format(table.fields()[std::size_t(f)], table.value(plan, row, f)));
        m_out << cells.join(u'\t') << '\n';
    }
}

// Every field that holds a value, one per line: its address and its value.
void EditCommands::showAll(const Plan &plan)
{
    for (const PlanTable *table : planTables()) {
        for (int row = 0; row < table->rowCount(plan); ++row) {
            FieldAddress address {table, table->rowId(plan, row), -1};
            for (int f = 0; f < int(table->fields().size()); ++f) {
                const QString value = FieldValueText::format(
                    table->fields()[std::size_t(f)], table->value(plan, row, f));
                if (value.isEmpty())
                    continue;
                address.field = f;
                m_out << address.toString() << '\t' << FieldValueText::tsvCell(value) << '\n';
            }
        }
    }
}

} // namespace accord
