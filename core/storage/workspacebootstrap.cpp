// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacebootstrap.h"

#include "templates/templateplan.h"

#include "io/planio.h"
#include "workspacelocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace accord {

Result<std::unique_ptr<SqliteWorkspace>> WorkspaceBootstrap::open(const QString &path)
{
    return open(path, WorkspaceLocation::isDefault(path));
}

Result<std::unique_ptr<SqliteWorkspace>> WorkspaceBootstrap::open(
    const QString &path, bool withSample)
{
    const bool isNew = !QFileInfo::exists(path);
    auto ws = SqliteWorkspace::open(path);
    if (!ws || !isNew || !withSample)
        return ws;
    Result<Plan> sample = samplePlan();
    if (!sample)
        return Error {sample.error()};
    if (auto stored = (*ws)->insertPlan(*sample); !stored)
        return Error {stored.error()};
    return ws;
}

QDate WorkspaceBootstrap::sampleDay()
{
    return QDate(2026, 2, 15);
}

Result<Plan> WorkspaceBootstrap::samplePlan(QDate today)
{
    const QString resource = QStringLiteral(":/samples/acme-corp.yaml");
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate(
            "accord::Storage", "The sample plan is missing from this build.")};
    Result<Plan> plan = importPlanYaml(file.readAll(), resource);
    if (plan)
        TemplatePlan::shiftDates(*plan, sampleDay().daysTo(today));
    return plan;
}

} // namespace accord
