// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/planio.h"

#include "testdata.h"

namespace accord::test {

// The Acme Corp plan of tests/data/acme-corp.yaml, imported.
inline Plan acmePlan()
{
    Result<Plan> plan
        = importPlanYaml(dataFile("acme-corp.yaml"), QStringLiteral("acme-corp.yaml"));
    if (!plan)
        qFatal("%s", qPrintable(plan.error()));
    return plan.value();
}

} // namespace accord::test
