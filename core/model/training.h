// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// Training & adoption plan.
struct UserGroup {
    RowId id;
    QString group;
    std::optional<int> users;
    QString role;
    QDate trainingDate;
    QString method;
};

struct TrainingSession {
    RowId id;
    QDate date;
    QString session;
    QString attendees;
    QString duration;
    QString trainer;
    TaskStatus status = TaskStatus::Pending;
};

struct AdoptionMetric {
    RowId id;
    QString metric;
    QString target;
    QString method;
    QString frequency;
};

template<> const RowMeta<UserGroup> &rowMeta<UserGroup>();
template<> const RowMeta<TrainingSession> &rowMeta<TrainingSession>();
template<> const RowMeta<AdoptionMetric> &rowMeta<AdoptionMetric>();

} // namespace accord
