// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord {

class MarkdownDocument;
class MarkdownPlanTable;
struct Plan;

// Sections 1–8 of seed 003, laid out as the seed does: partnership objectives,
// success metrics and leading indicators, the milestone roadmap, mutual
// commitments, stakeholder engagement, risks, communication and escalation.
class MarkdownSeedSections {
public:
    static void appendTo(MarkdownDocument &doc, const Plan &plan);

    // The fields of `tableName` these sections (and the header block) always show,
    // so later sections only repeat what is left.
    static QStringList shownKeys(const QString &tableName);

private:
    static QStringList objectives(const Plan &plan);
    static QStringList metrics(const Plan &plan);
    static QStringList commitments(const Plan &plan);
    static QStringList engagement(const Plan &plan);
    static QStringList risks(const Plan &plan);
    static QStringList communication(const Plan &plan);
    static QStringList escalation(const Plan &plan);
};

} // namespace accord
