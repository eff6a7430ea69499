// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrepository.h"

namespace accord {

Result<void> PlanRepository::archivePlan(PlanId id)
{
    return apply(id, Change::set<&PlanHeader::status>(id, PlanStatus::Archived));
}

} // namespace accord
