// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"

namespace accord {

// A weighted component of the health score.
struct HealthComponent {
    RowId id;
    QString name;
    int weight = 25; // %
    QString metrics;
    QString target;
    std::optional<int> score; // 0–100, not set until assessed
};

template<> const RowMeta<HealthComponent> &rowMeta<HealthComponent>();

} // namespace accord
