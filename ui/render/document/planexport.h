// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportformat.h"

#include "util/result.h"

namespace accord {

struct Plan;

// One plan written in one of the export formats: what File ▸ Export, File ▸ Export
// PDF and `accord export` share. Drawing a PDF needs a QGuiApplication (a
// QApplication, as the figures are charts).
class PlanExport {
public:
    struct Request {
        ExportFormat::Kind kind = ExportFormat::Kind::Yaml;
        ReportOptions options; // pdf and html: paper, blank form
        QString table; // csv: this one table to one file; empty: every table into a folder
    };

    // Whether the request makes a folder of files (CSV without a table).
    static bool writesFolder(const Request &request);
    // The bytes of a single-file export.
    static Result<QByteArray> render(const Plan &plan, const Request &request);
    // Writes the plan to out: a file, or for writesFolder() a folder (created when
    // its parent exists) holding one file per table. Nothing is written over a
    // workspace; each file is replaced whole or left as it was. Returns the files.
    static Result<QStringList> write(const Plan &plan, const Request &request, const QString &out);

private:
    static Result<QStringList> writeFolder(const Plan &plan, const QString &folder);
};

} // namespace accord
