// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "document/planexport.h"
#include "planselector.h"
#include "report/documentchoice.h"
#include "storage/sqliteworkspace.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>

namespace accord {

namespace {

const QString kStandardOutput = QStringLiteral("-");

QString formatList()
{
    return ExportFormat::keys().join(QStringLiteral(", "));
}

bool flushed(QIODevice *device)
{
    auto *file = qobject_cast<QFileDevice *>(device);
    return !file || file->flush();
}

} // namespace

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(workspaceOption());
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
        tr("The format: %1 (default: from the extension of OUT).").arg(formatList()),
        tr("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        tr("The file to write (- for standard output); for csv without --table, a folder."),
        tr("OUT")});
    parser.addOption({QStringLiteral("table"),
        tr("csv: only this table (such as milestone), written to OUT."), tr("TABLE")});
    parser.addOption({QStringLiteral("page-size"),
        tr("pdf, html: the paper, a4 or letter (default: from the locale)."), tr("SIZE")});
    parser.addOption({QStringLiteral("blank"),
        tr("pdf, html, md: a blank form of the plan's template, to fill in at a kickoff call.")});
    parser.addOption({QStringLiteral("audience"),
        tr("pdf, html, md, ics: customer (the joint plan only, the default) or internal (also "
           "the vendor's internal view, marked as internal on every page)."),
        tr("AUDIENCE")});
    parser.addOption({QStringLiteral("sections"),
        tr("pdf, html, md: the sections to print, separated by commas (default: the ones last "
           "chosen for the plan, else all): %1.")
            .arg(ReportSections::keys().join(QStringLiteral(", "))),
        tr("LIST")});
}

std::optional<ExportFormat::Kind> ExportCommand::formatOf(const QCommandLineParser &parser)
{
    const QString key = parser.value(QStringLiteral("format"));
    return key.isEmpty() ? ExportFormat::fromFileName(parser.value(QStringLiteral("output")))
                         : ExportFormat::fromKey(key);
}

bool ExportCommand::drawsPages(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.parse(QStringList {QStringLiteral("export")} + args)
        && formatOf(parser) == ExportFormat::Kind::Pdf;
}

int ExportCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parse(parser, args))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("export needs exactly one plan: accord export PLAN --format FORMAT -o OUT "
                        "[--workspace FILE]."));
    if (parser.value(QStringLiteral("output")).isEmpty())
        return usage(tr("export needs -o OUT, the file to write (- for standard output)."));
    int exitCode = Success;
    const auto kind = chooseFormat(parser, &exitCode);
    if (!kind)
        return exitCode;
    if (!documentOptions(parser, *kind, {}, &exitCode)) // usage errors before any file is read
        return exitCode;
    auto ws = openForReading(parser);
    if (!ws)
        return fail(ws.error());
    const auto id = PlanSelector::resolve(**ws, parser.positionalArguments().first());
    if (!id)
        return fail(id.error());
    // The sections and paper last chosen for the plan; the audience is the customer
    // unless asked for.
    Result<ReportOptions> remembered = DocumentChoice::load(**ws, *id);
    if (!remembered)
        return fail(remembered.error());
    remembered->audience = Audience::Joint;
    const auto options = documentOptions(parser, *kind, *remembered, &exitCode);
    const auto plan = (*ws)->loadPlan(*id);
    if (!plan)
        return fail(plan.error());
    return write(*plan, *kind, parser, *options);
}

std::optional<ReportOptions> ExportCommand::documentOptions(const QCommandLineParser &parser,
    ExportFormat::Kind kind, const ReportOptions &remembered, int *exitCode)
{
    const bool paperSet = parser.isSet(QStringLiteral("page-size"));
    if (paperSet && kind != ExportFormat::Kind::Pdf && kind != ExportFormat::Kind::Html) {
        *exitCode = usage(tr("--page-size only applies to the pdf and html formats."));
        return std::nullopt;
    }
    for (const char *option : {"blank", "sections"}) {
        if (parser.isSet(QLatin1String(option)) && !ExportFormat::isDocument(kind)) {
            *exitCode = usage(tr("--%1 only applies to the pdf, html and md formats.")
                                  .arg(QLatin1String(option)));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("audience")) && !ExportFormat::hasAudience(kind)) {
        *exitCode = usage(tr("--audience only applies to the pdf, html, md and ics formats; %1 "
                             "is the whole plan.")
                              .arg(ExportFormat::key(kind)));
        return std::nullopt;
    }
    ReportOptions options = remembered;
    options.blank = parser.isSet(QStringLiteral("blank"));
    if (parser.isSet(QStringLiteral("audience"))) {
        const QString key = parser.value(QStringLiteral("audience"));
        const auto audience = ReportOptions::audienceFromKey(key);
        if (!audience) {
            *exitCode
                = usage(tr("Unknown audience \"%1\". Audiences: customer, internal.").arg(key));
            return std::nullopt;
        }
        options.audience = *audience;
    }
    if (parser.isSet(QStringLiteral("sections"))) {
        QString unknown;
        const auto sections
            = ReportSections::parse(parser.value(QStringLiteral("sections")), &unknown);
        if (!sections || sections->empty()) {
            *exitCode = usage(tr("Unknown section \"%1\". Sections: %2.")
                                  .arg(unknown, ReportSections::keys().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        options.sections = *sections;
    }
    if (paperSet) {
        const QString key = parser.value(QStringLiteral("page-size"));
        const auto paper = ReportOptions::paperFromKey(key);
        if (!paper) {
            *exitCode = usage(tr("Unknown page size \"%1\". Page sizes: a4, letter.").arg(key));
            return std::nullopt;
        }
        options.paper = *paper;
    }
    if (ExportFormat::isBinary(kind) && parser.value(QStringLiteral("output")) == kStandardOutput) {
        *exitCode = usage(tr("%1 needs a file: it cannot be written to standard output.")
                              .arg(ExportFormat::key(kind)));
        return std::nullopt;
    }
    return options;
}

std::optional<ExportFormat::Kind> ExportCommand::chooseFormat(
    const QCommandLineParser &parser, int *exitCode)
{
    const QString key = parser.value(QStringLiteral("format"));
    const auto kind = formatOf(parser);
    if (!kind && key.isEmpty())
        *exitCode = usage(
            tr("export needs --format FORMAT (one of %1) when OUT's extension does not name one.")
                .arg(formatList()));
    else if (!kind)
        *exitCode = usage(tr("Unknown export format \"%1\". Formats: %2.").arg(key, formatList()));
    else if (*kind != ExportFormat::Kind::Csv && parser.isSet(QStringLiteral("table")))
        *exitCode = usage(tr("--table only applies to the csv format."));
    else
        return kind;
    return std::nullopt;
}

int ExportCommand::write(const Plan &plan, ExportFormat::Kind kind,
    const QCommandLineParser &parser, const ReportOptions &options)
{
    const QString out = parser.value(QStringLiteral("output"));
    const PlanExport::Request request {kind, options, parser.value(QStringLiteral("table"))};
    if (PlanExport::writesFolder(request)
        && (out == kStandardOutput
            || QFileInfo(out).suffix().compare(u"csv", Qt::CaseInsensitive) == 0))
        return usage(tr("csv writes one file per table into the folder OUT; to write one table to "
                        "%1, add --table TABLE.")
                         .arg(out));
    if (out == kStandardOutput) {
        const Result<QByteArray> data = PlanExport::render(plan, request);
        if (!data)
            return fail(data.error());
        if (auto written = writeStandardOutput(*data); !written)
            return fail(written.error());
        return Success;
    }
    const Result<QStringList> written = PlanExport::write(plan, request, out);
    if (!written)
        return fail(written.error());
    if (PlanExport::writesFolder(request))
        m_out << tr("Exported plan %1 as csv to the folder %2.")
                     .arg(QString::number(plan.id.value), QDir::toNativeSeparators(out))
              << Qt::endl;
    else
        m_out << tr("Exported plan %1 as %2 to %3.")
                     .arg(QString::number(plan.id.value), ExportFormat::key(kind),
                         QDir::toNativeSeparators(out))
              << Qt::endl;
    return Success;
}

// The bytes as they are, then a flush whose failure (a full disk, a closed pipe)
// is an error like any other.
Result<void> ExportCommand::writeStandardOutput(const QByteArray &data)
{
    m_out.flush();
    QIODevice *device = m_out.device();
    if (!device) {
        m_out << QString::fromUtf8(data);
        m_out.flush();
    } else if (device->write(data) != data.size() || !flushed(device)) {
        return Error {
            tr("The standard output could not be written: %1.").arg(device->errorString())};
    }
    if (m_out.status() != QTextStream::Ok)
        return Error {tr("The standard output could not be written.")};
    return {};
}

} // namespace accord
