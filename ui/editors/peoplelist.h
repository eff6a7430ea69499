// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord {

struct Plan;

// The names an owner field offers: the plan's stakeholders, customer side first.
class PeopleList {
public:
    static QStringList of(const Plan &plan);
};

} // namespace accord
