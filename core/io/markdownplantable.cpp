// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownplantable.h"

#include "markdowntext.h"

namespace accord {

MarkdownPlanTable::MarkdownPlanTable(const Plan &plan)
    : m_text(plan)
{
}

QString MarkdownPlanTable::render(const TextTable &table)
{
    return table.isEmpty() ? QString() : MarkdownText::table(table.header, table.rows).join(u'\n');
}

QString MarkdownPlanTable::render(const PlanTable &table, const Layout &layout) const
{
    return render(m_text.table(table, layout));
}

} // namespace accord
