// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentchoice.h"

#include "storage/planrepository.h"

namespace accord {

namespace {

const QString kAudience = QStringLiteral("document.audience");
const QString kSections = QStringLiteral("document.sections");
const QString kPaper = QStringLiteral("document.paper");

} // namespace

Result<ReportOptions> DocumentChoice::load(PlanRepository &repository, PlanId plan)
{
    ReportOptions options;
    const Result<QString> vendor = repository.setting(kVendorName);
    const Result<QString> audience = repository.setting(kAudience, plan);
    const Result<QString> sections = repository.setting(kSections, plan);
    const Result<QString> paper = repository.setting(kPaper, plan);
    for (const Result<QString> *read : {&vendor, &audience, &sections, &paper}) {
        if (!*read)
            return Error {read->error()};
    }
    options.vendor = *vendor;
    // A value this version does not know (written by a newer one) keeps the default.
    if (const auto a = ReportOptions::audienceFromKey(*audience))
        options.audience = *a;
    if (const auto s = ReportSections::parse(*sections); s && !s->empty())
        options.sections = *s;
    if (const auto p = ReportOptions::paperFromKey(*paper))
        options.paper = *p;
    return options;
}

Result<void> DocumentChoice::save(
    PlanRepository &repository, PlanId plan, const ReportOptions &options)
{
    const std::pair<QString, QString> values[]
        = {{kAudience, ReportOptions::audienceKey(options.audience)},
            {kSections, ReportSections::join(options.sections)},
            {kPaper, ReportOptions::paperKey(options.paper)}};
    for (const auto &[key, value] : values) {
        if (auto saved = repository.setSetting(key, value, plan); !saved)
            return saved;
    }
    return {};
}

} // namespace accord
