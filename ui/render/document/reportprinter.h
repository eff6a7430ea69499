// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfigures.h"

#include "report/report.h"

class QPrinter;

namespace accord {

// The printed document on a printer (or QPrintPreviewDialog's preview printer),
// on the paper and in the page range chosen in the print dialog.
class ReportPrinter {
public:
    // The number of pages printed.
    static int print(QPrinter *printer, const Report &report, const FigureSource &figures = {});
};

} // namespace accord
