// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/plantabletext.h"

namespace accord {

// Renders any table of a plan generically as a Markdown pipe table (PlanTableText
// chooses the columns and rows; MarkdownText escapes the cells).
class MarkdownPlanTable {
public:
    explicit MarkdownPlanTable(const Plan &plan);

    using Layout = PlanTableText::Layout;

    // The table, or nothing when PlanTableText leaves no value.
    QString render(const PlanTable &table, const Layout &layout = {}) const;
    // A TextTable as a pipe table; nothing when it has no rows.
    static QString render(const TextTable &table);

private:
    PlanTableText m_text;
};

} // namespace accord
