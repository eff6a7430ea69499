// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansearch.h"

#include "fieldtext.h"
#include "model/plan.h"
#include "model/plantable.h"

#include <QStringList>

namespace accord {

namespace {

bool searchable(const FieldInfo &field)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::StringList:
    case FieldKind::Enum:
        return true;
    default:
        return false;
    }
}

} // namespace

std::vector<SearchHit> PlanSearch::find(const Plan &plan, const QString &query, int limit)
{
    std::vector<SearchHit> hits;
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return hits;
    for (const PlanTable *table : planTables()) {
        const auto &fields = table->fields();
        for (int row = 0; row < table->rowCount(plan); ++row) {
            for (int f = 0; f < int(fields.size()); ++f) {
                if (!searchable(fields[std::size_t(f)]))
                    continue;
                const QString text
                    = FieldText::display(fields[std::size_t(f)], table->value(plan, row, f));
                const QString flat = text.simplified();
                if (!std::all_of(words.begin(), words.end(),
                        [&](const QString &w) { return flat.contains(w, Qt::CaseInsensitive); }))
                    continue;
                SearchHit hit {{table, f}, table->rowId(plan, row), flat, 0, 0};
                hit.start = flat.indexOf(words.front(), 0, Qt::CaseInsensitive);
                hit.length = words.front().size();
                hits.push_back(std::move(hit));
                if (int(hits.size()) >= limit)
                    return hits;
            }
        }
    }
    return hits;
}

QString PlanSearch::excerpt(const SearchHit &hit, int width)
{
    const QString &text = hit.text;
    if (text.size() <= width)
        return text;
    const qsizetype before = qMax<qsizetype>(0, (width - hit.length) / 3);
    qsizetype from = qMax<qsizetype>(0, hit.start - before);
    const qsizetype to = qMin(text.size(), from + width);
    from = qMax<qsizetype>(0, to - width);
    QString part = text.mid(from, to - from);
    if (from > 0)
        part.prepend(u'…');
    if (to < text.size())
        part.append(u'…');
    return part;
}

} // namespace accord
