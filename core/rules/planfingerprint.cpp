// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfingerprint.h"

#include "model/plan.h"
#include "plancontent.h"

#include <QCryptographicHash>

namespace accord {

QString planFingerprint(const Plan &plan)
{
    return contentFingerprint(planContent(plan));
}

QByteArray planContent(const Plan &plan)
{
    return PlanContent::canonical(plan);
}

QString contentFingerprint(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString shortFingerprint(const QString &fingerprint)
{
    return fingerprint.left(12);
}

const SignOff *latestSignOff(const Plan &plan)
{
    const SignOff *latest = nullptr;
    for (const SignOff &signOff : plan.signOffs) {
        if (!latest || signOff.date >= latest->date)
            latest = &signOff;
    }
    return latest;
}

bool changedSinceSigned(const Plan &plan)
{
    const SignOff *latest = latestSignOff(plan);
    return latest && latest->fingerprint != planFingerprint(plan);
}

} // namespace accord
