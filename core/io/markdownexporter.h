// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>

namespace accord {

struct Plan;

// A plan as one Markdown document (UTF-8) in the joint plan's output structure, ready to
// paste into a wiki: "# Customer Success Plan: <company>", the header block, the
// eight seed sections, then every other section that has content, numbered on.
// Empty sections are left out. Dates are YYYY-MM-DD, enums their translated
// labels, money as "$150,000"; user text is escaped so it never becomes Markdown
// structure or HTML. `today` dates the computed progress of outcomes.
class MarkdownExporter {
public:
    static QByteArray exportPlan(const Plan &plan, QDate today = QDate::currentDate());
};

inline QByteArray exportPlanMarkdown(const Plan &plan, QDate today = QDate::currentDate())
{
    return MarkdownExporter::exportPlan(plan, today);
}

} // namespace accord
