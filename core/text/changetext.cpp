// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetext.h"

#include "fieldtext.h"
#include "rowlabel.h"

#include "model/plan.h"
#include "model/plantable.h"

#include <QDate>
#include <QHash>
#include <QLocale>

namespace accord {

namespace {

// Looked up once per name: a long history names the same few tables and fields
// again and again.
const PlanTable *tableOf(const ChangeEntry &entry)
{
    static QHash<QString, const PlanTable *> tables;
    const auto found = tables.constFind(entry.table);
    if (found != tables.cend())
        return *found;
    return *tables.insert(entry.table, findPlanTable(entry.table));
}

const FieldInfo *fieldOf(const ChangeEntry &entry)
{
    if (entry.field.isEmpty())
        return nullptr;
    // Entries in a row are mostly of the same field: the last one is kept.
    static QString lastTable;
    static QString lastField;
    static const FieldInfo *last = nullptr;
    if (entry.field == lastField && entry.table == lastTable)
        return last;
    const PlanTable *table = tableOf(entry);
    const int f = table ? table->fieldIndex(entry.field) : -1;
    lastTable = entry.table;
    lastField = entry.field;
    last = f < 0 ? nullptr : &table->fields()[std::size_t(f)];
    return last;
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

// A plan's title as the history kept it, quoted; said so when it had none.
QString planName(const QString &title)
{
    return title.isEmpty() ? ChangeText::tr("(without a title)") : quoted(title);
}

} // namespace

ChangeText::RowNames ChangeText::rowNames(const std::vector<ChangeEntry> &entries)
{
    RowNames names;
    for (const ChangeEntry &e : entries) {
        const QString &name = e.kind == ChangeEntry::Kind::Insert ? e.newValue : e.oldValue;
        if ((e.kind == ChangeEntry::Kind::Insert || e.kind == ChangeEntry::Kind::Remove)
            && !name.isEmpty())
            names.emplace(std::pair {e.table, e.rowId}, name);
    }
    return names;
}

QString ChangeText::section(const ChangeEntry &entry)
{
    if (entry.table == u"plan" && entry.field.isEmpty())
        return tr("Plan");
    const PlanTable *table = tableOf(entry);
    return table ? table->label() : entry.table;
}

QString ChangeText::field(const ChangeEntry &entry)
{
    const FieldInfo *info = fieldOf(entry);
    if (info)
        return info->translatedLabel();
    return entry.field;
}

QString ChangeText::value(const ChangeEntry &entry, const QString &stored)
{
    if (stored.isEmpty())
        return tr("(empty)");
    const FieldInfo *info = fieldOf(entry);
    if (!info)
        return stored;
    switch (info->kind) {
    case FieldKind::Date: {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : stored;
    }
    case FieldKind::Enum:
    case FieldKind::Bool:
        return FieldText::display(*info,
            info->kind == FieldKind::Bool ? QVariant(stored == u"true" || stored == u"1")
                                          : QVariant(stored));
    default:
        return stored;
    }
}

QString ChangeText::describe(const ChangeEntry &entry, const Plan *plan, const RowNames &gone)
{
    if (entry.kind == ChangeEntry::Kind::Existing)
        return what(entry, plan, gone);
    return entry.who() + u' ' + what(entry, plan, gone);
}

QString ChangeText::what(const ChangeEntry &entry, const Plan *plan, const RowNames &gone)
{
    using Kind = ChangeEntry::Kind;
    const PlanTable *table = tableOf(entry);
    const bool collection = table && table->isCollection();
    QString row;
    if (collection) {
        if (plan && table->indexOfRow(*plan, entry.rowId) >= 0)
            row = RowLabel::of(*plan, *table, entry.rowId);
        else if (const auto name = gone.find({entry.table, entry.rowId}); name != gone.end())
            row = name->second;
        else
            row = QStringLiteral("#%1").arg(entry.rowId);
    }
    const QString sectionName = section(entry);
    switch (entry.kind) {
    case Kind::Set: {
        const QString label = field(entry);
        const QString target = collection ? tr("%1 of %2").arg(label, quoted(row)) : label;
        const FieldInfo *info = fieldOf(entry);
        const bool date = info && info->kind == FieldKind::Date;
        const QString before = value(entry, entry.oldValue);
        const QString after = value(entry, entry.newValue);
        if (entry.oldValue.isEmpty())
            return tr("set %1 to %2").arg(target, date ? after : quoted(after));
        if (entry.newValue.isEmpty())
            return tr("cleared %1 (it was %2)").arg(target, date ? before : quoted(before));
        if (date)
            return tr("moved %1 from %2 to %3").arg(target, before, after);
        return tr("changed %1 from %2 to %3").arg(target, quoted(before), quoted(after));
    }
    case Kind::Insert:
        return tr("added %1 to %2")
            .arg(quoted(entry.newValue.isEmpty() ? row : entry.newValue), sectionName);
    case Kind::Remove:
        return tr("removed %1 from %2")
            .arg(quoted(entry.oldValue.isEmpty() ? row : entry.oldValue), sectionName);
    case Kind::Move:
        return entry.oldValue.isEmpty()
            ? tr("moved %1 in %2 to place %3").arg(quoted(row), sectionName, entry.newValue)
            : tr("moved %1 in %2 from place %3 to %4")
                  .arg(quoted(row), sectionName, entry.oldValue, entry.newValue);
    case Kind::SignOff: {
        const QString version = entry.newValue.section(u'\n', 0, 0);
        const QString who = entry.newValue.section(u'\n', 1);
        return who.isEmpty() ? tr("recorded the sign-off of version %1").arg(version)
                             : tr("recorded the sign-off of version %1 by %2").arg(version, who);
    }
    case Kind::Create:
        return tr("created the plan %1").arg(planName(entry.newValue));
    case Kind::Import:
        return tr("imported the plan %1 from a file").arg(planName(entry.newValue));
    case Kind::Restore:
        return entry.oldValue.isEmpty()
            ? tr("restored the plan %1").arg(planName(entry.newValue))
            : tr("restored the plan %1 from %2").arg(planName(entry.newValue), entry.oldValue);
    case Kind::Copy:
        return tr("copied the plan %1 in from another workspace").arg(planName(entry.newValue));
    case Kind::Save:
        return tr("replaced the whole content of the plan %1").arg(planName(entry.newValue));
    case Kind::Delete:
        return tr("deleted the plan %1").arg(planName(entry.oldValue));
    case Kind::Existing:
        return tr("The plan %1 as it was when its change history began")
            .arg(planName(entry.newValue));
    case Kind::Team: {
        const QString owner = entry.newValue.section(u'\n', 0, 0);
        const QString members = entry.newValue.section(u'\n', 1);
        const QString ownerText = owner.isEmpty() ? tr("nobody") : owner;
        return members.isEmpty()
            ? tr("made %1 the account's owner, with nobody else on its team").arg(ownerText)
            : tr("made %1 the account's owner and %2 its team").arg(ownerText, members);
    }
    }
    return {};
}

} // namespace accord
