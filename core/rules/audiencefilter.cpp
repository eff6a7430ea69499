// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiencefilter.h"

#include "model/plantable.h"

namespace accord {

namespace {

int flagField(const PlanTable &table, int field)
{
    const void *flag = table.fields()[std::size_t(field)].internalWhen;
    if (!flag)
        return -1;
    const auto &fields = table.fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].member == flag)
            return int(i);
    }
    return -1;
}

} // namespace

bool AudienceFilter::isInternal(const PlanTable &table, int field)
{
    return table.audience() == Audience::Internal
        || table.fields()[std::size_t(field)].audience == Audience::Internal;
}

bool AudienceFilter::isInternal(const Plan &plan, const PlanTable &table, int row, int field)
{
    if (isInternal(table, field))
        return true;
    const int flag = flagField(table, field);
    return flag >= 0 && table.value(plan, row, flag).toBool();
}

Plan AudienceFilter::forAudience(const Plan &plan, Audience audience)
{
    return audience == Audience::Internal ? plan : forCustomer(plan);
}

Plan AudienceFilter::forCustomer(const Plan &plan)
{
    Plan view = plan;
    for (const PlanTable *table : planTables()) {
        if (table->audience() == Audience::Internal && table->isCollection()) {
            while (table->rowCount(view) > 0)
                table->removeRow(view, table->rowCount(view) - 1);
            continue;
        }
        const RowData empty = table->defaultRow(0);
        const int fields = int(table->fields().size());
        for (int row = 0; row < table->rowCount(view); ++row) {
            for (int f = 0; f < fields; ++f) {
                if (isInternal(plan, *table, row, f))
                    table->setValue(view, row, f, empty.values[f]);
            }
        }
    }
    return view;
}

} // namespace accord
