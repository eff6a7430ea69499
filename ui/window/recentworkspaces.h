// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord {

// The workspaces opened lately, newest first (QSettings, at most eight).
class RecentWorkspaces {
public:
    static QStringList list();
    static void add(const QString &path);
};

} // namespace accord
