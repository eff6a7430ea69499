// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacelocation.h"

#include "serveraddress.h"

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
    const auto located = [](const QString &value) {
        return ServerAddress::isServerUri(value) ? value : QFileInfo(value).absoluteFilePath();
    };
    if (!commandLineValue.isEmpty())
        return located(commandLineValue);
    const QString fromEnvironment = qEnvironmentVariable("ACCORD_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return located(fromEnvironment);
    return defaultPath();
}

bool WorkspaceLocation::isDefault(const QString &path)
{
    return !isServer(path)
        && QFileInfo(path).absoluteFilePath() == QFileInfo(defaultPath()).absoluteFilePath();
}

bool WorkspaceLocation::isServer(const QString &location)
{
    return ServerAddress::isServerUri(location);
}

} // namespace accord
