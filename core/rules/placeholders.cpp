// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholders.h"

#include "model/plantable.h"
#include "text/rowlabel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Validation", text);
}

bool isText(const FieldInfo &info)
{
    return info.kind == FieldKind::Text || info.kind == FieldKind::LongText
        || info.kind == FieldKind::StringList;
}

QStringList texts(const QVariant &value, const FieldInfo &info)
{
    return info.kind == FieldKind::StringList ? value.toStringList()
                                              : QStringList {value.toString()};
}

// The tables whose rows are people, by the field that names them.
std::vector<FieldRef> personNames()
{
    return {fieldOf<&Stakeholder::name>(), fieldOf<&Signatory::name>()};
}

// A row of people with nothing but its side and type: the template's slot for
// someone still to be named.
bool unnamed(const Plan &plan, const FieldRef &name, int row)
{
    return name.table->value(plan, row, name.index).toString().trimmed().isEmpty();
}

} // namespace

bool Placeholders::isPlaceholder(const QString &text)
{
    // "[" + up to 200 characters with a letter or digit + "]" ("[X]", "[Core
    // feature]"), not a link "[text](address)"
    static const QRegularExpression bracketed(
        QStringLiteral("\\[[^\\[\\]\\n]{0,200}[\\p{L}\\p{N}][^\\[\\]\\n]{0,200}\\](?!\\()"));
    static const QRegularExpression marker(
        QStringLiteral("\\b(TBD|TBC|TODO|TBA|XXX?|Lorem ipsum)\\b|_{3,}|\\.{3} ?\\.{3}"));
    if (text.isEmpty())
        return false;
    return bracketed.match(text).hasMatch() || marker.match(text).hasMatch();
}

std::vector<Warning> Placeholders::of(const Plan &plan)
{
    std::vector<Warning> found;
    // The template text as the message quotes it: one line, at most 80 characters.
    const auto quoted = [](const QString &text) {
        const QString line = text.simplified();
        return line.size() <= 80 ? line : line.left(79) + QChar(0x2026);
    };
    for (const PlanTable *table : planTables()) {
        const auto &fields = table->fields();
        for (int row = 0; row < table->rowCount(plan); ++row) {
            const qint64 rowId = table->rowId(plan, row);
            for (int f = 0; f < int(fields.size()); ++f) {
                const FieldInfo &info = fields[std::size_t(f)];
                if (!isText(info))
                    continue;
                for (const QString &text : texts(table->value(plan, row, f), info)) {
                    if (!isPlaceholder(text))
                        continue;
                    found.push_back({Warning::Severity::Warning, QStringLiteral("placeholder"),
                        table, rowId, FieldRef {table, f},
                        tr("%1 still holds template text to fill in: \u201c%2\u201d.")
                            .arg(info.translatedLabel(), quoted(text))});
                    break;
                }
            }
        }
    }
    for (const FieldRef &name : personNames()) {
        for (int row = 0; row < name.table->rowCount(plan); ++row) {
            if (unnamed(plan, name, row))
                found.push_back({Warning::Severity::Warning, QStringLiteral("placeholder"),
                    name.table, name.table->rowId(plan, row), name,
                    tr("%1 has no name yet; documents leave the person out until it is filled "
                       "in.")
                        .arg(RowLabel::of(plan, *name.table, name.table->rowId(plan, row)))});
        }
    }
    const Account &account = plan.account;
    for (const FieldRef &date :
        {fieldOf<&Account::contractStart>(), fieldOf<&Account::renewalDate>()}) {
        const bool set = date.table->value(plan, 0, date.index).toDate().isValid();
        if (!set && !account.company.trimmed().isEmpty())
            found.push_back({Warning::Severity::Warning, QStringLiteral("placeholder"), date.table,
                account.id.value, date,
                tr("%1 is not set; the document's header needs it.")
                    .arg(date.info().translatedLabel())});
    }
    return found;
}

Plan Placeholders::cleared(const Plan &plan)
{
    Plan clean = plan;
    for (const PlanTable *table : planTables()) {
        const auto &fields = table->fields();
        for (int row = 0; row < table->rowCount(clean); ++row) {
            for (int f = 0; f < int(fields.size()); ++f) {
                const FieldInfo &info = fields[std::size_t(f)];
                if (!isText(info))
                    continue;
                const QVariant value = table->value(clean, row, f);
                if (info.kind == FieldKind::StringList) {
                    QStringList items = value.toStringList();
                    if (items.removeIf(&Placeholders::isPlaceholder) > 0)
                        table->setValue(clean, row, f, items);
                } else if (isPlaceholder(value.toString())) {
                    table->setValue(clean, row, f, QString());
                }
            }
        }
    }
    for (const FieldRef &name : personNames()) {
        for (int row = name.table->rowCount(clean) - 1; row >= 0; --row) {
            if (unnamed(clean, name, row))
                name.table->removeRow(clean, row);
        }
    }
    return clean;
}

} // namespace accord
