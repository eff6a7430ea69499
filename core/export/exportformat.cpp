// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include "io/icsexporter.h"
#include "io/planio.h"
#include "report/htmlreportwriter.h"
#include "report/markdownreportwriter.h"
#include "report/reportbuilder.h"
#include "rules/audiencefilter.h"

#include <QFileInfo>

#include <array>

namespace accord {

namespace {

struct Entry {
    ExportFormat::Kind kind;
    const char16_t *key;
    std::array<const char16_t *, 2> aliases; // other keys and extensions
};

constexpr std::array<Entry, 7> kFormats {{
    {ExportFormat::Kind::Yaml, u"yaml", {u"yml", nullptr}},
    {ExportFormat::Kind::Json, u"json", {nullptr, nullptr}},
    {ExportFormat::Kind::Markdown, u"md", {u"markdown", nullptr}},
    {ExportFormat::Kind::Csv, u"csv", {nullptr, nullptr}},
    {ExportFormat::Kind::Ics, u"ics", {u"ical", u"icalendar"}},
    {ExportFormat::Kind::Pdf, u"pdf", {nullptr, nullptr}},
    {ExportFormat::Kind::Html, u"html", {u"htm", nullptr}},
}};

bool named(const Entry &entry, const QString &name)
{
    if (name.compare(QStringView(entry.key), Qt::CaseInsensitive) == 0)
        return true;
    for (const char16_t *alias : entry.aliases) {
        if (alias && name.compare(QStringView(alias), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QStringList ExportFormat::keys()
{
    QStringList result;
    for (const Entry &entry : kFormats)
        result << QString::fromUtf16(entry.key);
    return result;
}

QString ExportFormat::key(Kind kind)
{
    return QString::fromUtf16(kFormats[std::size_t(kind)].key);
}

std::optional<ExportFormat::Kind> ExportFormat::fromKey(const QString &key)
{
    for (const Entry &entry : kFormats) {
        if (named(entry, key))
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<ExportFormat::Kind> ExportFormat::fromFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? std::nullopt : fromKey(suffix);
}

QByteArray ExportFormat::render(const Plan &plan, Kind kind, const ReportOptions &options)
{
    switch (kind) {
    case Kind::Yaml:
        return exportPlanYaml(plan);
    case Kind::Json:
        return exportPlanJson(plan);
    case Kind::Markdown:
        return MarkdownReportWriter::toMarkdown(ReportBuilder::build(plan, options));
    case Kind::Ics: // milestones' notes marked internal stay out of a customer's calendar
        return exportPlanIcs(AudienceFilter::forAudience(plan, options.audience));
    case Kind::Html:
        return HtmlReportWriter::toHtml(ReportBuilder::build(plan, options), options.paper);
    case Kind::Csv:
    case Kind::Pdf:
        break;
    }
    return {};
}

} // namespace accord
