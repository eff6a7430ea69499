// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageframe.h"

namespace accord {

namespace {

constexpr qreal kSideMm = 20;
constexpr qreal kTopMm = 24;
constexpr qreal kBottomMm = 24;
constexpr qreal kBandMm = 7; // header and footer band height

} // namespace

PageFrame PageFrame::make(const QSizeF &paper, qreal dpi)
{
    const QSizeF mm = paper * (25.4 / 72.0);
    const qreal perMm = dpi / 25.4;
    PageFrame frame;
    frame.dpi = dpi;
    frame.paper = QRectF(0, 0, mm.width() * perMm, mm.height() * perMm);
    frame.body = frame.paper.adjusted(
        kSideMm * perMm, kTopMm * perMm, -kSideMm * perMm, -kBottomMm * perMm);
    const qreal band = kBandMm * perMm;
    frame.header = QRectF(frame.body.left(), frame.body.top() - 2 * band, frame.body.width(), band);
    frame.footer = QRectF(frame.body.left(), frame.body.bottom() + band, frame.body.width(), band);
    return frame;
}

PageFrame PageFrame::make(PaperSize paper, qreal dpi)
{
    return make(pageSize(paper).size(QPageSize::Point), dpi);
}

QPageSize PageFrame::pageSize(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

QMarginsF PageFrame::marginsMillimetres()
{
    return {kSideMm, kTopMm, kSideMm, kBottomMm};
}

} // namespace accord
