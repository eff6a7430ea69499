// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrepository.h"

namespace accord {

Result<void> PlanRepository::archivePlan(PlanId id)
{
    return apply(id,
        Change::setValue(QStringLiteral("plan"), id.value, QStringLiteral("status"),
            enumKey(PlanStatus::Archived)));
}

} // namespace accord
