// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplelist.h"

#include "model/plan.h"

namespace accord {

QStringList PeopleList::of(const Plan &plan)
{
    QStringList names;
    for (Side side : {Side::Customer, Side::Vendor}) {
        for (const Stakeholder &s : plan.stakeholders) {
            if (s.side == side && !s.name.isEmpty() && !names.contains(s.name))
                names << s.name;
        }
    }
    return names;
}

} // namespace accord
