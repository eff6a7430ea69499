// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// A risk to the outcomes.
struct Risk {
    RowId id;
    QString code; // R1, R2…
    QString description;
    QString category;
    Level likelihood = Level::Medium;
    Level impact = Level::Medium;
    QString mitigation;
    QString owner;
    RiskStatus status = RiskStatus::Open;
    QString trigger;
    QString contingency;
};

// A potential barrier to success and how to get past it.
struct SuccessBarrier {
    RowId id;
    QString barrier;
    QString mitigation;
    QString owner;
};

// What to do if a scenario happens (contingency plans).
struct Contingency {
    RowId id;
    QString scenario;
    QString action;
    QString trigger;
    QString owner;
};

// An early-warning signal to watch for.
struct WarningSignal {
    RowId id;
    QString signal;
    QString threshold;
    QString response;
};

template<> const RowMeta<Risk> &rowMeta<Risk>();
template<> const RowMeta<SuccessBarrier> &rowMeta<SuccessBarrier>();
template<> const RowMeta<Contingency> &rowMeta<Contingency>();
template<> const RowMeta<WarningSignal> &rowMeta<WarningSignal>();

} // namespace accord
