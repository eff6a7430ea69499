// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord {

struct Plan;
struct Stakeholder;

// The header block of seed 003 under the title: product, contract term, CSM,
// customer champion and executive sponsor, last update and status. Lines without
// a value are left out.
class MarkdownHeader {
public:
    static QString title(const Plan &plan);
    static QStringList lines(const Plan &plan);

    // The vendor's CSM: type csm/primary_owner/customer_success_manager, else a
    // vendor whose title contains "Customer Success". Null when there is none.
    static const Stakeholder *csm(const Plan &plan);
    // The customer's champion (champion, day-to-day contact) and executive sponsor.
    static const Stakeholder *champion(const Plan &plan);
    static const Stakeholder *executiveSponsor(const Plan &plan);
    // "Name, Title" (either part may be missing).
    static QString nameAndTitle(const Stakeholder &person);
};

} // namespace accord
