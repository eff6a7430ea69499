// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

// Which workspace to use: --workspace FILE|URI, else $ACCORD_WORKSPACE, else
// workspace.accord in the platform's application data folder. A file's path is
// made absolute; a server's address (postgresql://…) is kept as given.
class WorkspaceLocation {
public:
    static QString defaultPath();
    static QString resolve(const QString &commandLineValue);
    static bool isDefault(const QString &path);
    static bool isServer(const QString &location);
};

} // namespace accord
