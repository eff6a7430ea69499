// SPDX-License-Identifier: GPL-3.0-or-later
#include "planio.h"

#include "importlimits.h"
#include "inputtext.h"
#include "jsonplanformat.h"
#include "plantreereader.h"
#include "plantreewriter.h"
#include "signoffupgrade.h"
#include "yamlplanformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace accord {

namespace {

Error errorOf(const ImportReport &report)
{
    QStringList lines;
    for (const Diagnostic &d : report.errors)
        lines << d.toString();
    return Error {lines.join(u'\n')};
}

using Parse = std::optional<TreeNode> (*)(const QByteArray &, const QString &, ImportReport &);

Result<Plan> importWith(Parse parse, const QByteArray &data, const QString &fileName,
    ImportReport *report, PlanTreeReader::Mode mode)
{
    ImportReport local;
    ImportReport &r = report ? *report : local;
    const std::size_t errorsBefore = r.errors.size();
    if (auto problem = InputText::problem(data, fileName)) {
        r.errors.push_back(*problem);
        return Error {problem->toString()};
    }
    std::optional<Plan> plan;
    if (const auto tree = parse(data, fileName, r))
        plan = PlanTreeReader::read(*tree, fileName, r, mode);
    if (!plan || r.errors.size() > errorsBefore) {
        ImportReport errors;
        errors.errors.assign(r.errors.begin() + qsizetype(errorsBefore), r.errors.end());
        return errorOf(errors);
    }
    SignOffUpgrade::upgradeAll(*plan);
    return std::move(*plan);
}

Result<Plan> failure(const QString &path, const QString &message, ImportReport *report)
{
    Diagnostic d {path, {}, {}, message};
    if (report)
        report->errors.push_back(d);
    return Error {d.toString()};
}

} // namespace

Result<Plan> importPlanYaml(const QByteArray &data, const QString &fileName, ImportReport *report,
    PlanTreeReader::Mode mode)
{
    return importWith(&YamlPlanFormat::read, data, fileName, report, mode);
}

Result<Plan> importPlanJson(const QByteArray &data, const QString &fileName, ImportReport *report,
    PlanTreeReader::Mode mode)
{
    return importWith(&JsonPlanFormat::read, data, fileName, report, mode);
}

Result<Plan> importPlanFile(const QString &path, ImportReport *report)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool yaml = suffix == u"yaml" || suffix == u"yml";
    if (!yaml && suffix != u"json")
        return failure(path,
            QCoreApplication::translate(
                "accord::Import", "expected a .yaml, .yml or .json file, found \"%1\"")
                .arg(info.fileName()),
            report);
    if (info.size() > ImportLimits::maxBytes)
        return failure(path, ImportLimits::sizeError(info.size()), report);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path,
            QCoreApplication::translate(
                "accord::Import", "expected a readable file, found an error (%1)")
                .arg(file.errorString()),
            report);
    const QByteArray data = file.read(ImportLimits::maxBytes + 1);
    constexpr auto whole = PlanTreeReader::Mode::Whole;
    return yaml ? importPlanYaml(data, path, report, whole)
                : importPlanJson(data, path, report, whole);
}

QByteArray exportPlanYaml(const Plan &plan)
{
    return YamlPlanFormat::write(PlanTreeWriter::write(plan));
}

QByteArray exportPlanJson(const Plan &plan)
{
    return JsonPlanFormat::write(PlanTreeWriter::write(plan));
}

} // namespace accord
