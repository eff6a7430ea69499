// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentworkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace accord {

namespace {
const QString kKey = QStringLiteral("workspace/recent");
constexpr int kMax = 8;
} // namespace

QStringList RecentWorkspaces::list()
{
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeIf([](const QString &p) { return !QFileInfo::exists(p); });
    return paths;
}

void RecentWorkspaces::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(kKey, paths.mid(0, kMax));
}

} // namespace accord
