// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfigures.h"
#include "reportlayout.h"

#include "report/reportoptions.h"

#include <QImage>

#include <memory>

namespace accord {

// The printed document as images of its pages, laid out at the images' resolution
// with the same renderer as the PDF and the printer.
class ReportPreview {
public:
    ReportPreview(
        const Report &report, PaperSize paper, qreal dpi = 96, const FigureSource &figures = {});

    int pageCount() const { return m_layout->pageCount(); }
    const ReportLayout &layout() const { return *m_layout; }
    // Page `index` on white.
    QImage page(int index) const;

private:
    QImage blankPage() const;

    qreal m_dpi;
    QSize m_size;
    std::unique_ptr<ReportLayout> m_layout;
};

} // namespace accord
