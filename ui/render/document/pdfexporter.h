// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfigures.h"

#include "report/report.h"
#include "report/reportoptions.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace accord {

struct Plan;

// The customer-facing PDF of a plan: A4 or Letter, laid out by ReportLayout at
// 1200 dpi, fonts (DejaVu) embedded, charts as vectors, and the document
// information title, author (the CSM), subject and creator. Needs a
// QGuiApplication (a QApplication when the figures are charts).
class PdfExporter {
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    static constexpr int kResolution = 1200;

    static QByteArray toPdf(
        const Plan &plan, const ReportOptions &options, const DocumentFigures &figures = {});
    static QByteArray toPdf(
        const Report &report, PaperSize paper, const FigureSource &figures = {});
    // Written through a temporary file: a failed export leaves no half-written PDF.
    static Result<void> write(const Plan &plan, const QString &path, const ReportOptions &options,
        const DocumentFigures &figures = {});
};

} // namespace accord
