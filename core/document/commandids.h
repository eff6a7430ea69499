// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"

#include <QHash>

namespace accord {

// Merge ids of undo commands, in one place. Edits of the same field of the same
// row share an id so that typing in a field is undone in one step.
namespace CommandIds {

constexpr int kFieldEditBase = 0x1000;

inline int mergeIdFor(FieldRef field, qint64 rowId)
{
    const size_t h = qHash(field.table->name()) ^ (qHash(field.index) << 1) ^ qHash(rowId);
    return kFieldEditBase + int(h & 0x3fffffff);
}

} // namespace CommandIds
} // namespace accord
