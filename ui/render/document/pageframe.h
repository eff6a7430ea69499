// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

#include <QPageLayout>
#include <QRectF>

namespace accord {

// Where things go on a page, in device pixels with the origin at the paper's top
// left corner: the body text, and the bands of the running header and the footer
// in the top and bottom margins.
struct PageFrame {
    QRectF paper;
    QRectF body;
    QRectF header;
    QRectF footer;
    qreal dpi = 72;

    // The document's margins (20 mm at the sides, 24 mm top and bottom with the
    // header and footer in them) on paper of `paper` points (portrait or
    // landscape), at `dpi`.
    static PageFrame make(const QSizeF &paper, qreal dpi);
    static PageFrame make(PaperSize paper, qreal dpi);
    static QPageSize pageSize(PaperSize paper);
    // The margins make() uses, for a QPageLayout (QPrinter, QPdfWriter).
    static QMarginsF marginsMillimetres();
};

} // namespace accord
