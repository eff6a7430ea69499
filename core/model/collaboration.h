// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// What one side commits to (mutual commitments).
struct Commitment {
    RowId id;
    Side side = Side::Vendor;
    QString text;
};

// A regular touchpoint of the communication plan.
struct Touchpoint {
    RowId id;
    QString name;
    QString audience;
    QString frequency;
    QString format;
    QString owner;
};

// An ad-hoc communication rule.
struct AdHocRule {
    RowId id;
    QString scenario;
    QString method;
    QString responseTime;
};

// A step of the escalation matrix / path.
struct EscalationRule {
    RowId id;
    QString level; // level or trigger ("Level 2: High", "Health drops to Red")
    QString impact;
    QString path; // escalation path or action
    QString owner;
    QString responseTime;
};

// A role of the customer success team.
struct TeamRole {
    RowId id;
    QString role;
    QString responsibility;
    QString person;
};

template<> const RowMeta<Commitment> &rowMeta<Commitment>();
template<> const RowMeta<Touchpoint> &rowMeta<Touchpoint>();
template<> const RowMeta<AdHocRule> &rowMeta<AdHocRule>();
template<> const RowMeta<EscalationRule> &rowMeta<EscalationRule>();
template<> const RowMeta<TeamRole> &rowMeta<TeamRole>();

} // namespace accord
