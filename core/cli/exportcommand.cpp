// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "io/csvexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace accord {

namespace {

const QString kStandardOutput = QStringLiteral("-");

QString formatList()
{
    return ExportFormat::keys().join(QStringLiteral(", "));
}

} // namespace

int ExportCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
        tr("The format: %1 (default: from the extension of OUT).").arg(formatList()),
        tr("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        tr("The file to write (- for standard output); for csv without --table, a folder."),
        tr("OUT")});
    parser.addOption({QStringLiteral("table"),
        tr("csv: only this table (such as milestone), written to OUT."), tr("TABLE")});
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
    const auto plan = loadNamedPlan(parser, parser.positionalArguments().first());
    if (!plan)
        return fail(plan.error());
    return write(*plan, *kind, parser);
}

std::optional<ExportFormat::Kind> ExportCommand::chooseFormat(
    const QCommandLineParser &parser, int *exitCode)
{
    const QString key = parser.value(QStringLiteral("format"));
    const auto kind = key.isEmpty()
        ? ExportFormat::fromFileName(parser.value(QStringLiteral("output")))
        : ExportFormat::fromKey(key);
    if (!kind && key.isEmpty())
        *exitCode = usage(
            tr("export needs --format FORMAT (one of %1) when OUT's extension does not name one.")
                .arg(formatList()));
    else if (!kind)
        *exitCode = usage(tr("Unknown export format \"%1\". Formats: %2.").arg(key, formatList()));
    else if (!ExportFormat::isAvailable(*kind))
        *exitCode = fail(tr("The %1 format is not available yet in this version of Accord (it "
                            "comes with the document renderer). Use one of yaml, json, md, csv "
                            "or ics.")
                             .arg(ExportFormat::key(*kind)));
    else if (*kind != ExportFormat::Kind::Csv && parser.isSet(QStringLiteral("table")))
        *exitCode = usage(tr("--table only applies to the csv format."));
    else
        return kind;
    return std::nullopt;
}

int ExportCommand::write(
    const Plan &plan, ExportFormat::Kind kind, const QCommandLineParser &parser)
{
    const QString out = parser.value(QStringLiteral("output"));
    if (kind == ExportFormat::Kind::Csv)
        return writeCsv(plan, out, parser.value(QStringLiteral("table")));
    if (auto written = writeFile(out, ExportFormat::render(plan, kind)); !written)
        return fail(written.error());
    if (out != kStandardOutput)
        m_out << tr("Exported plan %1 as %2 to %3.")
                     .arg(QString::number(plan.id.value), ExportFormat::key(kind),
                         QDir::toNativeSeparators(out))
              << Qt::endl;
    return Success;
}

int ExportCommand::writeCsv(const Plan &plan, const QString &out, const QString &table)
{
    if (!table.isEmpty()) {
        const auto data = CsvExporter::exportTable(plan, table);
        if (!data)
            return fail(data.error());
        auto written = writeFile(out, *data);
        return written ? Success : fail(written.error());
    }
    if (out == kStandardOutput || QFileInfo(out).suffix().compare(u"csv", Qt::CaseInsensitive) == 0)
        return usage(tr("csv writes one file per table into the folder OUT; to write one table to "
                        "%1, add --table TABLE.")
                         .arg(out));
    if (!QDir().mkpath(out))
        return fail(tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(out)));
    for (const CsvFile &file : CsvExporter::exportAllTables(plan)) {
        if (auto written
            = writeFile(QDir(out).filePath(file.tableName + QStringLiteral(".csv")), file.data);
            !written)
            return fail(written.error());
    }
    m_out << tr("Exported plan %1 as csv to the folder %2.")
                 .arg(QString::number(plan.id.value), QDir::toNativeSeparators(out))
          << Qt::endl;
    return Success;
}

Result<void> ExportCommand::writeFile(const QString &path, const QByteArray &data)
{
    if (path == kStandardOutput) {
        m_out << QString::fromUtf8(data);
        m_out.flush();
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error {tr("%1 could not be written: %2.")
                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace accord
