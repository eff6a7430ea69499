// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecatalog.h"

#include "io/planio.h"
#include "model/plantable.h"
#include "rules/fieldvalidator.h"
#include "templatefile.h"
#include "templateplan.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace accord {

namespace {

std::vector<PlanTemplate> userTemplates()
{
    const QDir folder(TemplateCatalog::userTemplateFolder());
    std::vector<PlanTemplate> result;
    const QStringList files
        = folder.entryList({QStringLiteral("*.yaml")}, QDir::Files | QDir::Readable);
    for (const QString &file : files)
        result.push_back(TemplateFile::readUserTemplate(folder.filePath(file)));
    std::sort(result.begin(), result.end(), [](const PlanTemplate &a, const PlanTemplate &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.key < b.key;
    });
    return result;
}

QStringList keysOf(const std::vector<PlanTemplate> &templates)
{
    QStringList keys;
    for (const PlanTemplate &t : templates)
        keys << t.key;
    return keys;
}

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    if (auto written = AtomicFile::write(path, data); !written)
        return Error {
            QCoreApplication::translate("accord::Templates", "The template was not saved: %1")
                .arg(written.error())};
    return {};
}

} // namespace

std::vector<PlanTemplate> TemplateCatalog::all()
{
    std::vector<PlanTemplate> result = TemplateFile::builtIns();
    for (PlanTemplate &t : userTemplates())
        result.push_back(std::move(t));
    return result;
}

std::optional<PlanTemplate> TemplateCatalog::find(const QString &key)
{
    for (PlanTemplate &t : all()) {
        if (t.key == key)
            return std::move(t);
    }
    return std::nullopt;
}

Result<Plan> TemplateCatalog::instantiate(
    const PlanTemplate &t, const Account &account, QDate today, const QString &title)
{
    QFile file(t.source);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate(
            "accord::Templates", "The template \"%1\" could not be read from %2: %3.")
                          .arg(t.name, QDir::toNativeSeparators(t.source), file.errorString())};
    Result<Plan> plan = importPlanYaml(file.readAll(), QDir::toNativeSeparators(t.source));
    if (!plan)
        return Error {QCoreApplication::translate(
            "accord::Templates", "The template \"%1\" is not a valid plan file: %2")
                          .arg(t.name, plan.error())};
    Plan made = TemplatePlan::instantiate(std::move(*plan), account, today);
    if (!title.trimmed().isEmpty())
        made.header.title = title.trimmed();
    for (const PlanTable *table : {&accountTable(), &headerTable()}) {
        if (const auto problems = FieldValidator::problemsOf(made, *table, 0); !problems.empty())
            return Error {problems.front().message};
    }
    return made;
}

Result<QString> TemplateCatalog::saveAsTemplate(
    const Plan &plan, const QString &name, const QString &description)
{
    if (name.simplified().isEmpty())
        return Error {QCoreApplication::translate("accord::Templates", "A template needs a name.")};
    const QString folder = userTemplateFolder();
    if (!QDir().mkpath(folder))
        return Error {QCoreApplication::translate(
            "accord::Templates", "The folder %1 for your templates could not be created.")
                          .arg(QDir::toNativeSeparators(folder))};
    const QString key = TemplateFile::newKey(name, keysOf(all()));
    const Plan stripped = TemplatePlan::forTemplate(plan, QDate::currentDate());
    const QByteArray data = TemplateFile::withHeader(exportPlanYaml(stripped), name, description);
    if (auto written = writeFile(QDir(folder).filePath(key + QStringLiteral(".yaml")), data);
        !written)
        return Error {written.error()};
    return key;
}

QString TemplateCatalog::userTemplateFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("templates"));
}

} // namespace accord
