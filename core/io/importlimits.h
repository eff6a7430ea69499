// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

// Bounds that keep an import of any input finite in time and memory: checked
// before parsing (size), while building the tree (depth, values; an alias counts
// as a copy of what it names, so "billion laughs" stops early) and while reading
// rows (PlanTable::insertRow is linear in the rows already there).
struct ImportLimits {
    static constexpr qint64 maxBytes = 16 * 1024 * 1024;
    static constexpr int maxDepth = 64;
    static constexpr int maxNodes = 200'000;
    static constexpr int maxRowsPerTable = 10'000;
    static constexpr int maxErrors = 50;

    // "expected at most 16777216 bytes (16 MiB), found 209715200 bytes"
    static QString sizeError(qint64 size);
};

} // namespace accord
