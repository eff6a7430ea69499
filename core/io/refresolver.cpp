// SPDX-License-Identifier: GPL-3.0-or-later
#include "refresolver.h"

#include "planlayout.h"

#include "model/plan.h"
#include "model/plantable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace accord {

namespace {

int rowIndex(const PlanTable &table, const Plan &plan, qint64 id)
{
    // Rows read from a file are numbered 1..n in order; fall back to a search.
    const int guess = int(id - 1);
    if (guess >= 0 && guess < table.rowCount(plan) && table.rowId(plan, guess) == id)
        return guess;
    return table.indexOfRow(plan, id);
}

} // namespace

const QHash<QString, QList<qint64>> &RefResolver::labels(const PlanTable &table, const Plan &plan)
{
    auto it = m_labels.find(&table);
    if (it == m_labels.end()) {
        QHash<QString, QList<qint64>> byLabel;
        for (int r = 0; r < table.rowCount(plan); ++r)
            byLabel[PlanLayout::labelText(table, plan, r)].append(table.rowId(plan, r));
        it = m_labels.insert(&table, byLabel);
    }
    return *it;
}

std::vector<Diagnostic> RefResolver::resolve(Plan &plan, const QString &fileName)
{
    static const QRegularExpression positional(QStringLiteral(R"(^#(\d{1,9})$)"));
    std::vector<Diagnostic> errors;
    for (const Ref &ref : m_refs) {
        const FieldInfo &info = ref.table->fields()[std::size_t(ref.field)];
        const PlanTable *target = &referencedTable(info);
        QList<qint64> ids;
        const QRegularExpressionMatch m = positional.match(ref.text);
        if (m.hasMatch()) {
            const int position = m.captured(1).toInt();
            if (position >= 1 && position <= target->rowCount(plan))
                ids << target->rowId(plan, position - 1);
        } else {
            ids = labels(*target, plan).value(ref.text);
        }
        const QString labelKey = target->fields()[std::size_t(PlanLayout::labelField(*target))].key;
        const QString section = PlanLayout::sectionKey(*target);
        if (ids.size() != 1) {
            const QString message = ids.isEmpty()
                ? QCoreApplication::translate(
                    "accord::Import", "expected the %1 of a row in %2 (or #position), found \"%3\"")
                      .arg(labelKey, section, ref.text)
                : QCoreApplication::translate("accord::Import",
                    "expected the %1 of exactly one row in %2 (or #position), found \"%3\", which "
                    "%4 rows share")
                      .arg(labelKey, section, ref.text)
                      .arg(ids.size());
            errors.push_back({fileName, ref.pos, ref.path, message});
            continue;
        }
        const int row = rowIndex(*ref.table, plan, ref.rowId);
        if (row >= 0)
            ref.table->setValue(plan, row, ref.field, ids.front());
    }
    return errors;
}

} // namespace accord
