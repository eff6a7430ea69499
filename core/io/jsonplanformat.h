// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treenode.h"

#include <QByteArray>

#include <optional>

namespace accord {

// JSON bytes <-> TreeNode, with QJsonDocument: the same tree as the YAML. Syntax
// errors get a line and column (from QJsonParseError::offset), every value its
// position from JsonLocator, which also refuses what QJsonDocument would change
// silently (a key given twice, half a surrogate pair). QJsonObject sorts keys, so
// a JSON file lists them alphabetically; readers never depend on the order of keys.
class JsonPlanFormat {
public:
    static std::optional<TreeNode> read(
        const QByteArray &data, const QString &fileName, ImportReport &report);
    static QByteArray write(const TreeNode &tree);
};

} // namespace accord
