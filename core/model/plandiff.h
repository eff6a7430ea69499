// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"

#include <vector>

namespace accord {

struct Plan;

// The changes that turn one version of a plan into another, in an order that
// applies one by one: removed rows (children before their parents), new rows
// (parents first) at their places, rows moved into the new order, then values.
// How an open plan takes in what someone else saved, one change at a time, so
// that every view updates only what changed.
std::vector<Change> planDiff(const Plan &from, const Plan &to);

} // namespace accord
