// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// A person who signs the plan.
struct Signatory {
    RowId id;
    Side side = Side::Customer;
    QString name;
    QString title;
    QString role; // "Customer Success Manager", "Technical Lead"…
    QDate signedOn;
};

// A recorded sign-off: the plan version and its content fingerprint, frozen.
struct SignOff {
    RowId id;
    QDate date;
    QString version;
    QString fingerprint; // SHA-256 hex of the plan content at signing
    QStringList signatories; // "Name, Title (side)" as signed
    QString snapshot; // the signed plan's content (PlanContent::canonical)
};

template<> const RowMeta<Signatory> &rowMeta<Signatory>();
template<> const RowMeta<SignOff> &rowMeta<SignOff>();

} // namespace accord
