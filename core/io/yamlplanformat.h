// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treenode.h"

#include <QByteArray>

#include <optional>

namespace accord {

// YAML bytes <-> TreeNode, with yaml-cpp. Reading enforces ImportLimits and
// reports syntax errors with their line and column; writing uses block style,
// double quotes for free text, literal blocks for paragraphs and a blank line
// between top-level sections.
class YamlPlanFormat {
public:
    static std::optional<TreeNode> read(
        const QByteArray &data, const QString &fileName, ImportReport &report);
    static QByteArray write(const TreeNode &tree);
};

} // namespace accord
