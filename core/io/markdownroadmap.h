// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord {

struct Milestone;
struct Plan;

// Section 3 of seed 003: a "### Phase n: Name (timeframe)" subsection per phase with
// its deliverable, activities and a Milestone | Owner | Due date | Status table;
// milestones without a phase under their outcome, the rest under "Unphased".
class MarkdownRoadmap {
public:
    static QStringList blocks(const Plan &plan);

private:
    static QString phaseBlock(const Plan &plan, int index);
    static QStringList unphasedBlocks(const Plan &plan);
    static QString milestoneTable(const std::vector<const Milestone *> &milestones);
};

} // namespace accord
