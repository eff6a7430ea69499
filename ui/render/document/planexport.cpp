// SPDX-License-Identifier: GPL-3.0-or-later
#include "planexport.h"

#include "documentfigures.h"
#include "pdfexporter.h"

#include "export/exportfile.h"
#include "io/csvexporter.h"
#include "storage/workspaceguard.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Export", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The folder CSV tables go into: an existing folder, or a new one whose parent
// exists (a mistyped parent creates nothing).
Result<void> prepareFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return {};
    if (info.exists())
        return Error {tr("%1 is a file; CSV tables are written into a folder. Choose a folder "
                         "name.")
                          .arg(native(folder))};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error {tr("The folder %1 does not exist; %2 was not created.")
                          .arg(native(info.absolutePath()), native(folder))};
    if (!QDir().mkdir(info.absoluteFilePath()))
        return Error {tr("The folder %1 could not be created.").arg(native(folder))};
    return AtomicFile::syncFolder(info.absolutePath());
}

} // namespace

bool PlanExport::writesFolder(const Request &request)
{
    return request.kind == ExportFormat::Kind::Csv && request.table.isEmpty();
}

Result<QByteArray> PlanExport::render(const Plan &plan, const Request &request)
{
    if (writesFolder(request))
        return Error {tr("CSV without a table name is a folder of files, not one file.")};
    if (request.kind == ExportFormat::Kind::Csv)
        return CsvExporter::exportTable(plan, request.table);
    QByteArray data = request.kind == ExportFormat::Kind::Pdf
        ? PdfExporter::toPdf(plan, request.options, DocumentFigures::standard())
        : ExportFormat::render(plan, request.kind, request.options);
    if (data.isEmpty())
        return Error {
            tr("The plan could not be written as %1.").arg(ExportFormat::key(request.kind))};
    return data;
}

Result<QStringList> PlanExport::write(const Plan &plan, const Request &request, const QString &out)
{
    if (writesFolder(request))
        return writeFolder(plan, out);
    // Checked before the (possibly long) rendering, and again as the file is written.
    if (auto allowed = WorkspaceGuard::allowsWriting(out); !allowed)
        return Error {allowed.error()};
    const Result<QByteArray> data = render(plan, request);
    if (!data)
        return Error {data.error()};
    if (auto written = ExportFile::write(out, *data); !written)
        return Error {written.error()};
    return QStringList {out};
}

// Every table is written to its temporary file before any replaces its target, so
// a full disk leaves the folder as it was.
Result<QStringList> PlanExport::writeFolder(const Plan &plan, const QString &folder)
{
    if (auto allowed = WorkspaceGuard::allowsFolder(folder); !allowed)
        return Error {allowed.error()};
    if (auto prepared = prepareFolder(folder); !prepared)
        return Error {prepared.error()};
    std::vector<std::unique_ptr<AtomicFile>> files;
    QStringList paths;
    for (const CsvFile &csv : CsvExporter::exportAllTables(plan)) {
        const QString path = QDir(folder).filePath(csv.tableName + QStringLiteral(".csv"));
        if (auto allowed = WorkspaceGuard::allowsWriting(path); !allowed)
            return Error {allowed.error()};
        auto file = std::make_unique<AtomicFile>(path);
        if (auto opened = file->open(); !opened)
            return Error {opened.error()};
        if (auto written = file->write(csv.data); !written)
            return Error {written.error()};
        files.push_back(std::move(file));
        paths << path;
    }
    for (const auto &file : files) {
        if (auto committed = file->commit(); !committed)
            return Error {committed.error()};
    }
    return paths;
}

} // namespace accord
