// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacebootstrap.h"

#include "templates/templateplan.h"

#include "io/planio.h"
#include "postgresworkspace.h"
#include "sqliteworkspace.h"
#include "workspacelocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace accord {

Result<std::unique_ptr<Workspace>> WorkspaceBootstrap::open(const QString &location)
{
    return open(location, WorkspaceLocation::isDefault(location));
}

Result<std::unique_ptr<Workspace>> WorkspaceBootstrap::openWithPassword(
    const QString &location, const QString &password)
{
    Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return Error {address.error()};
    if (!password.isEmpty())
        address->setPassword(password);
    auto server = PostgresWorkspace::open(*address);
    if (!server)
        return server.failure();
    return std::unique_ptr<Workspace>(std::move(*server));
}

Result<std::unique_ptr<Workspace>> WorkspaceBootstrap::open(
    const QString &location, bool withSample)
{
    if (WorkspaceLocation::isServer(location))
        return openWithPassword(location, QString());
    const bool isNew = !QFileInfo::exists(location);
    auto opened = SqliteWorkspace::open(location);
    if (!opened)
        return Error {opened.error()};
    std::unique_ptr<Workspace> ws = std::move(*opened);
    if (!isNew || !withSample)
        return ws;
    Result<Plan> sample = samplePlan();
    if (!sample)
        return Error {sample.error()};
    if (auto stored = ws->insertPlan(*sample); !stored)
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
