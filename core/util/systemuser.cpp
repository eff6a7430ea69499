// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemuser.h"

#include <pwd.h>
#include <unistd.h>

namespace accord {

QString systemUser()
{
    if (const passwd *user = getpwuid(getuid()))
        return QString::fromLocal8Bit(user->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

QString systemUserName()
{
    if (const passwd *user = getpwuid(getuid()); user && user->pw_gecos)
        return QString::fromLocal8Bit(user->pw_gecos).section(u',', 0, 0).trimmed();
    return {};
}

} // namespace accord
