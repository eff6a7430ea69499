// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// Technical requirements.
struct Integration {
    RowId id;
    QString system;
    QString type;
    QString owner;
    TaskStatus status = TaskStatus::Pending;
    QDate targetDate;
};

struct DataMigration {
    RowId id;
    QString dataType;
    QString source;
    QString volume;
    Level complexity = Level::Medium;
    TaskStatus status = TaskStatus::Pending;
};

struct CustomConfiguration {
    RowId id;
    QString requirement;
    QString description;
    Level priority = Level::Medium;
    TaskStatus status = TaskStatus::Pending;
    QDate targetDate;
};

template<> const RowMeta<Integration> &rowMeta<Integration>();
template<> const RowMeta<DataMigration> &rowMeta<DataMigration>();
template<> const RowMeta<CustomConfiguration> &rowMeta<CustomConfiguration>();

} // namespace accord
