// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace accord {

// Merge ids of undo commands, in one place. Edits of the same field of the same
// row share an id so that typing in a field is undone in one step.
namespace CommandIds {

constexpr int kFieldEditBase = 0x1000;

inline int mergeIdFor(const QString &table, qint64 rowId, const QString &field)
{
    const size_t h = qHash(table) ^ (qHash(field) << 1) ^ qHash(rowId);
    return kFieldEditBase + int(h & 0x3fffffff);
}

} // namespace CommandIds
} // namespace accord
