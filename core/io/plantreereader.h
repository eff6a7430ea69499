// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treenode.h"

#include <optional>

namespace accord {

struct Plan;

// Reads a plan from the file tree described by PlanLayout. Rows get ids 1..n per
// table in reading order (the order PlanTreeWriter writes), references are
// resolved by label, and every problem is reported against the file: a value of
// the wrong type, an impossible date or a word outside a closed vocabulary is an
// error (never a default), and so is every value the editor would refuse
// (FieldValidator); an unknown key is a warning. The plan is returned only when
// there were no errors.
class PlanTreeReader {
public:
    // Whole: a plan that becomes one of the workspace, so the names it needs
    // (the customer's company) must be there and not empty. Part: sections of a
    // plan - a template, whose account is given when it is used, or a fragment.
    enum class Mode { Whole, Part };

    static std::optional<Plan> read(const TreeNode &root, const QString &fileName,
        ImportReport &report, Mode mode = Mode::Part);
};

} // namespace accord
