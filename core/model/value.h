// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"

namespace accord {

// Value realisation: baseline measurements, expected ROI, ROI timeline.
struct BaselineMeasurement {
    RowId id;
    QString metric;
    QString value;
    QString source;
    QDate collected;
};

struct RoiLine {
    RowId id;
    QString benefitType;
    Money annualValue;
    QString method;
};

struct RoiPeriod {
    RowId id;
    int month = 1;
    Money investment;
    Money benefits;
};

// Expansion.
struct Opportunity {
    RowId id;
    QString opportunity;
    Money value;
    std::optional<int> probability; // %
    QDate targetDate;
    QString owner;
};

struct Upsell {
    RowId id;
    QString product;
    QDate targetDate;
    QString approach;
    QString owner;
};

template<> const RowMeta<BaselineMeasurement> &rowMeta<BaselineMeasurement>();
template<> const RowMeta<RoiLine> &rowMeta<RoiLine>();
template<> const RowMeta<RoiPeriod> &rowMeta<RoiPeriod>();
template<> const RowMeta<Opportunity> &rowMeta<Opportunity>();
template<> const RowMeta<Upsell> &rowMeta<Upsell>();

} // namespace accord
