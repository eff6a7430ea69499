// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"
#include "export/exportformat.h"

namespace accord {

// accord export PLAN --format yaml|json|md|csv|ics|pdf|html -o OUT [--table T]
//     [--audience customer|internal] [--sections LIST] [--page-size a4|letter] [--blank]
//     [--workspace FILE]
class ExportCommand : public CommandSupport {
public:
    using CommandSupport::CommandSupport;
    int run(const QStringList &args);
    // Whether these arguments export a PDF, whose pages need a QApplication.
    static bool drawsPages(const QStringList &args);

private:
    static void addOptions(QCommandLineParser &parser);
    static std::optional<ExportFormat::Kind> formatOf(const QCommandLineParser &parser);
    std::optional<ExportFormat::Kind> chooseFormat(const QCommandLineParser &parser, int *exitCode);
    // The remembered choice with the command line's options applied; nullopt (and the
    // exit code) for a usage error.
    std::optional<ReportOptions> documentOptions(const QCommandLineParser &parser,
        ExportFormat::Kind kind, const ReportOptions &remembered, int *exitCode);
    int write(const Plan &plan, ExportFormat::Kind kind, const QCommandLineParser &parser,
        const ReportOptions &options);
    Result<void> writeStandardOutput(const QByteArray &data);
};

} // namespace accord
