// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetext.h"

#include "fieldtext.h"
#include "rowlabel.h"

#include "model/plan.h"
#include "model/plantable.h"

#include <QDate>

#include <initializer_list>

namespace accord {

namespace {

// Looked up once per name: a long history names the same few tables and fields
// again and again.
const PlanTable *tableOf(const QString &name)
{
    static QHash<QString, const PlanTable *> tables;
    const auto found = tables.constFind(name);
    if (found != tables.cend())
        return *found;
    return *tables.insert(name, findPlanTable(name));
}

const FieldInfo *fieldOf(const PlanTable *table, const QString &field)
{
    const int f = table && !field.isEmpty() ? table->fieldIndex(field) : -1;
    return f < 0 ? nullptr : &table->fields()[std::size_t(f)];
}

// A plan's title as the history kept it, quoted; said so when it had none.
QString planName(const QString &title)
{
    return title.isEmpty() ? ChangeText::tr("(without a title)") : u'“' + title + u'”';
}

QString dateText(const QLocale &locale, const QString &stored)
{
    const QDate date = QDate::fromString(stored, Qt::ISODate);
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMM yyyy")) : stored;
}

QString valueText(const FieldInfo *info, const QString &stored, const QLocale &locale)
{
    if (stored.isEmpty())
        return ChangeText::tr("(empty)");
    if (!info)
        return stored;
    switch (info->kind) {
    case FieldKind::Date:
        return dateText(locale, stored);
    case FieldKind::Enum:
    case FieldKind::Bool:
        return FieldText::display(*info,
            info->kind == FieldKind::Bool ? QVariant(stored == u"true" || stored == u"1")
                                          : QVariant(stored));
    default:
        return stored;
    }
}

QString sectionText(const QString &table, const QString &field, const PlanTable *info)
{
    if (table == u"plan" && field.isEmpty())
        return ChangeText::tr("Plan");
    return info ? info->label() : table;
}

// The sentence with %1, %2… put in, in one go (QString::arg reads a sentence
// for more than these sentences use).
QString fill(const QString &sentence, std::initializer_list<QStringView> args)
{
    qsizetype size = sentence.size();
    for (const QStringView arg : args)
        size += arg.size();
    QString out;
    out.reserve(size);
    const QChar *literal = sentence.constData();
    const QChar *end = literal + sentence.size();
    for (const QChar *c = literal; c < end;) {
        const int n = c + 1 < end && *c == u'%' ? c[1].unicode() - u'1' : -1;
        if (n < 0 || n >= int(args.size())) {
            ++c;
            continue;
        }
        out.append(literal, c - literal);
        out += args.begin()[n];
        c += 2;
        literal = c;
    }
    out.append(literal, end - literal);
    return out;
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

ChangeText::ChangeText(const Plan *plan, const RowNames *gone)
    : m_plan(plan)
    , m_gone(gone)
{
}

QString ChangeText::section(const ChangeEntry &entry)
{
    return sectionText(entry.table, entry.field, tableOf(entry.table));
}

QString ChangeText::field(const ChangeEntry &entry)
{
    const FieldInfo *info = fieldOf(tableOf(entry.table), entry.field);
    return info ? info->translatedLabel() : entry.field;
}

QString ChangeText::value(const ChangeEntry &entry, const QString &stored)
{
    return valueText(fieldOf(tableOf(entry.table), entry.field), stored, QLocale());
}

// The sentences, translated once for all the entries.
const QString &ChangeText::sentence(Sentence which) const
{
    QString &text = m_sentences[std::size_t(which)];
    if (!text.isNull())
        return text;
    switch (which) {
    case Sentence::Of:
        return text = tr("%1 of “%2”");
    case Sentence::Set:
        return text = tr("set %1 to “%2”");
    case Sentence::SetDate:
        return text = tr("set %1 to %2");
    case Sentence::Cleared:
        return text = tr("cleared %1 (it was “%2”)");
    case Sentence::ClearedDate:
        return text = tr("cleared %1 (it was %2)");
    case Sentence::Moved:
        return text = tr("moved %1 from %2 to %3");
    case Sentence::Changed:
        return text = tr("changed %1 from “%2” to “%3”");
    case Sentence::Added:
        return text = tr("added “%1” to %2");
    case Sentence::Removed:
        return text = tr("removed “%1” from %2");
    case Sentence::MovedTo:
        return text = tr("moved “%1” in %2 to place %3");
    case Sentence::MovedFromTo:
        return text = tr("moved “%1” in %2 from place %3 to %4");
    case Sentence::SignedOff:
        return text = tr("recorded the sign-off of version %1");
    case Sentence::SignedOffBy:
        return text = tr("recorded the sign-off of version %1 by %2");
    case Sentence::Created:
        return text = tr("created the plan %1");
    case Sentence::Imported:
        return text = tr("imported the plan %1 from a file");
    case Sentence::Restored:
        return text = tr("restored the plan %1");
    case Sentence::RestoredFrom:
        return text = tr("restored the plan %1 from %2");
    case Sentence::Copied:
        return text = tr("copied the plan %1 in from another workspace");
    case Sentence::Saved:
        return text = tr("replaced the whole content of the plan %1");
    case Sentence::Deleted:
        return text = tr("deleted the plan %1");
    case Sentence::Existing:
        return text = tr("The plan %1 as it was when its change history began");
    case Sentence::Team:
        return text = tr("made %1 the account's owner, with nobody else on its team");
    case Sentence::TeamWith:
        return text = tr("made %1 the account's owner and %2 its team");
    case Sentence::Count:
        break;
    }
    return text;
}

const ChangeText::Target &ChangeText::targetOf(const ChangeEntry &entry) const
{
    if (m_last.section.isNull() || entry.field != m_lastKey.second
        || entry.table != m_lastKey.first) {
        m_lastKey = {entry.table, entry.field};
        auto found = m_targets.find(m_lastKey);
        if (found == m_targets.end()) {
            Target target;
            target.table = tableOf(entry.table);
            target.field = fieldOf(target.table, entry.field);
            target.section = sectionText(entry.table, entry.field, target.table);
            target.label = target.field ? target.field->translatedLabel() : entry.field;
            found = m_targets.insert(m_lastKey, target);
        }
        m_last = *found;
    }
    return m_last;
}

// The row as the plan names it now, or as the history last named it.
QString ChangeText::rowOf(const ChangeEntry &entry, const PlanTable &table) const
{
    const std::pair key {&table, entry.rowId};
    if (const auto found = m_rows.constFind(key); found != m_rows.cend())
        return *found;
    const auto named = [&]() -> QString {
        if (m_plan && table.indexOfRow(*m_plan, entry.rowId) >= 0)
            return RowLabel::of(*m_plan, table, entry.rowId);
        if (m_gone) {
            if (const auto name = m_gone->find({entry.table, entry.rowId}); name != m_gone->end())
                return name->second;
        }
        return QStringLiteral("#%1").arg(entry.rowId);
    };
    return *m_rows.insert(key, named());
}

QString ChangeText::valueOf(const Target &target, const QString &stored) const
{
    return valueText(target.field, stored, m_locale);
}

QString ChangeText::describe(const ChangeEntry &entry) const
{
    if (entry.kind == ChangeEntry::Kind::Existing)
        return what(entry);
    return entry.who() + u' ' + what(entry);
}

QString ChangeText::what(const ChangeEntry &entry) const
{
    using Kind = ChangeEntry::Kind;
    const Target &target = targetOf(entry);
    const bool collection = target.table && target.table->isCollection();
    const QString row = collection ? rowOf(entry, *target.table) : QString();
    switch (entry.kind) {
    case Kind::Set: {
        const QString subject
            = collection ? fill(sentence(Sentence::Of), {target.label, row}) : target.label;
        const bool date = target.field && target.field->kind == FieldKind::Date;
        if (entry.oldValue.isEmpty())
            return fill(sentence(date ? Sentence::SetDate : Sentence::Set),
                {subject, valueOf(target, entry.newValue)});
        if (entry.newValue.isEmpty())
            return fill(sentence(date ? Sentence::ClearedDate : Sentence::Cleared),
                {subject, valueOf(target, entry.oldValue)});
        return fill(sentence(date ? Sentence::Moved : Sentence::Changed),
            {subject, valueOf(target, entry.oldValue), valueOf(target, entry.newValue)});
    }
    case Kind::Insert:
        return fill(sentence(Sentence::Added),
            {entry.newValue.isEmpty() ? row : entry.newValue, target.section});
    case Kind::Remove:
        return fill(sentence(Sentence::Removed),
            {entry.oldValue.isEmpty() ? row : entry.oldValue, target.section});
    case Kind::Move:
        return entry.oldValue.isEmpty()
            ? fill(sentence(Sentence::MovedTo), {row, target.section, entry.newValue})
            : fill(sentence(Sentence::MovedFromTo),
                {row, target.section, entry.oldValue, entry.newValue});
    case Kind::SignOff: {
        const QString version = entry.newValue.section(u'\n', 0, 0);
        const QString who = entry.newValue.section(u'\n', 1);
        return who.isEmpty() ? fill(sentence(Sentence::SignedOff), {version})
                             : fill(sentence(Sentence::SignedOffBy), {version, who});
    }
    case Kind::Create:
        return fill(sentence(Sentence::Created), {planName(entry.newValue)});
    case Kind::Import:
        return fill(sentence(Sentence::Imported), {planName(entry.newValue)});
    case Kind::Restore:
        return entry.oldValue.isEmpty()
            ? fill(sentence(Sentence::Restored), {planName(entry.newValue)})
            : fill(sentence(Sentence::RestoredFrom), {planName(entry.newValue), entry.oldValue});
    case Kind::Copy:
        return fill(sentence(Sentence::Copied), {planName(entry.newValue)});
    case Kind::Save:
        return fill(sentence(Sentence::Saved), {planName(entry.newValue)});
    case Kind::Delete:
        return fill(sentence(Sentence::Deleted), {planName(entry.oldValue)});
    case Kind::Existing:
        return fill(sentence(Sentence::Existing), {planName(entry.newValue)});
    case Kind::Team: {
        const QString owner = entry.newValue.section(u'\n', 0, 0);
        const QString members = entry.newValue.section(u'\n', 1);
        const QString ownerText = owner.isEmpty() ? tr("nobody") : owner;
        return members.isEmpty() ? fill(sentence(Sentence::Team), {ownerText})
                                 : fill(sentence(Sentence::TeamWith), {ownerText, members});
    }
    }
    return {};
}

} // namespace accord
