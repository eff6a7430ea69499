// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treenode.h"

namespace accord {

struct Plan;

// Writes a plan as the file tree described by PlanLayout: every field of every
// table, sections in the file schema's order and then in document order.
class PlanTreeWriter {
public:
    static TreeNode write(const Plan &plan);
};

} // namespace accord
