// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

// Which workspace file to use: --workspace FILE, else $ACCORD_WORKSPACE, else
// workspace.accord in the platform's application data folder.
class WorkspaceLocation {
public:
    static QString defaultPath();
    static QString resolve(const QString &commandLineValue);
    static bool isDefault(const QString &path);
};

} // namespace accord
