// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandiff.h"

#include "plan.h"

#include <algorithm>

namespace accord {

namespace {

void removedRows(const PlanTable &table, const Plan &from, const Plan &to, std::vector<Change> &out)
{
    for (int r = table.rowCount(from) - 1; r >= 0; --r) {
        const qint64 id = table.rowId(from, r);
        if (table.indexOfRow(to, id) < 0)
            out.push_back(Change::remove(table, id));
    }
}

// New rows at their places and the others moved into the new order, as applied
// to `now` (from with the removals made) so that each position is valid in turn.
void placedRows(const PlanTable &table, Plan &now, const Plan &to, std::vector<Change> &out)
{
    for (int r = 0; r < table.rowCount(to); ++r) {
        const qint64 id = table.rowId(to, r);
        const int here = table.indexOfRow(now, id);
        Change c = here < 0 ? Change::insert(table, r, table.rowData(to, r))
                            : Change::move(table, id, r);
        if (here == r)
            continue;
        if (c.applyTo(now))
            out.push_back(std::move(c));
    }
}

void changedValues(
    const PlanTable &table, const Plan &now, const Plan &to, std::vector<Change> &out)
{
    for (int r = 0; r < table.rowCount(to); ++r) {
        const qint64 id = table.rowId(to, r);
        const int here = table.indexOfRow(now, id);
        if (here < 0)
            continue;
        for (int f = 0; f < int(table.fields().size()); ++f) {
            const QVariant value = table.value(to, r, f);
            if (table.value(now, here, f) != value)
                out.push_back(Change::set({&table, f}, id, value));
        }
    }
}

} // namespace

std::vector<Change> planDiff(const Plan &from, const Plan &to)
{
    std::vector<Change> changes;
    const std::vector<const PlanTable *> &tables = planTables();
    for (auto t = tables.rbegin(); t != tables.rend(); ++t) {
        if ((*t)->isCollection())
            removedRows(**t, from, to, changes);
    }
    Plan now = from;
    for (const Change &c : changes)
        (void)c.applyTo(now);
    for (const PlanTable *table : tables) {
        if (table->isCollection())
            placedRows(*table, now, to, changes);
    }
    for (const PlanTable *table : tables)
        changedValues(*table, now, to, changes);
    return changes;
}

} // namespace accord
