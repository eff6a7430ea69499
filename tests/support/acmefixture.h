// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/planio.h"

#include <QFile>

namespace accord::test {

// The Acme Corp plan of ../shared/fixtures/acme-corp.yaml, imported.
inline Plan acmePlan()
{
    QFile file(QStringLiteral(ACCORD_FIXTURES_DIR "/acme-corp.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the Acme fixture");
    Result<Plan> plan = importPlanYaml(file.readAll(), QStringLiteral("acme-corp.yaml"));
    if (!plan)
        qFatal("%s", qPrintable(plan.error()));
    return plan.value();
}

} // namespace accord::test
