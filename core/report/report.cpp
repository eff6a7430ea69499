// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "rules/planfingerprint.h"

#include <QCoreApplication>

namespace accord {

QString Report::runningHeader() const
{
    const QString a = account.simplified();
    const QString p = planTitle.simplified();
    if (a.isEmpty() || p.isEmpty())
        return a.isEmpty() ? p : a;
    return QCoreApplication::translate("accord::Report", "%1 \u00b7 %2").arg(a, p);
}

QString Report::footerVersion() const
{
    return QCoreApplication::translate("accord::Report", "Version %1 \u00b7 %2")
        .arg(version.simplified(), date.toString(Qt::ISODate));
}

QString Report::shortFingerprint() const
{
    return accord::shortFingerprint(fingerprint);
}

QString Report::internalMark() const
{
    return internal
        ? QCoreApplication::translate("accord::Report", "Internal version — not for the customer")
        : QString();
}

} // namespace accord
