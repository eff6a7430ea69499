// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace accord {

QString WorkspaceLocation::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace.accord"));
}

QString WorkspaceLocation::resolve(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return QFileInfo(commandLineValue).absoluteFilePath();
    const QString fromEnvironment = qEnvironmentVariable("ACCORD_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).absoluteFilePath();
    return defaultPath();
}

bool WorkspaceLocation::isDefault(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() == QFileInfo(defaultPath()).absoluteFilePath();
}

} // namespace accord
