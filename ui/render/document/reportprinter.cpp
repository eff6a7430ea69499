// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprinter.h"

#include "pageframe.h"
#include "reportlayout.h"
#include "reportpainter.h"

#include <QPainter>
#include <QPrinter>

namespace accord {

int ReportPrinter::print(QPrinter *printer, const Report &report, const FigureSource &figures)
{
    // Our own margins from the paper's corner, whatever the printer's defaults.
    printer->setFullPage(true);
    const QPageLayout page = printer->pageLayout();
    const QSizeF paper = page.fullRectPoints().size();
    const PageFrame frame = PageFrame::make(paper, printer->resolution());
    const ReportLayout layout(report, frame, printer, figures);
    const ReportPainter painter(layout);
    int first = 0;
    int last = layout.pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = std::max(0, printer->fromPage() - 1);
        last = std::min(last, printer->toPage() - 1);
    }
    QPainter p;
    if (first > last || !p.begin(printer))
        return 0;
    for (int i = first; i <= last; ++i) {
        if (i > first)
            printer->newPage();
        painter.paintPage(&p, i);
    }
    return last - first + 1;
}

} // namespace accord
