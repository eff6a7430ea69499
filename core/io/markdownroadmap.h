// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord {

struct Plan;

// Section 3 of the joint plan (RoadmapGroups): a "### Phase n: Name (timeframe)"
// subsection per phase with its deliverable, activities and a Milestone | Owner |
// Due date | Status table; milestones without a phase under their outcome, the rest
// under "Unphased".
class MarkdownRoadmap {
public:
    static QStringList blocks(const Plan &plan);
};

} // namespace accord
