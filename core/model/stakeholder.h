// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// A person on either side (stakeholder map, engagement plan, team roles).
struct Stakeholder {
    StakeholderId id;
    Side side = Side::Customer;
    QString type; // open vocabulary: executive_sponsor, champion, technical_contact…
    QString name;
    QString title; // job title ("VP Operations")
    QString email;
    QString phone;
    QString engagement; // open vocabulary: active, moderate, passive…
    QString roleInSuccess;
    QString frequency; // engagement frequency
    QString format; // engagement format
    QString owner; // who on the vendor side keeps them engaged
};

template<> const RowMeta<Stakeholder> &rowMeta<Stakeholder>();

} // namespace accord
