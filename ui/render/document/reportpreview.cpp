// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreview.h"

#include "reportpainter.h"

#include <QPainter>

namespace accord {

ReportPreview::ReportPreview(
    const Report &report, PaperSize paper, qreal dpi, const FigureSource &figures)
    : m_dpi(dpi)
{
    const PageFrame frame = PageFrame::make(paper, dpi);
    m_size = frame.paper.size().toSize();
    const QImage device = blankPage();
    m_layout = std::make_unique<ReportLayout>(report, frame, &device, figures);
}

QImage ReportPreview::blankPage() const
{
    QImage image(m_size, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(m_dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    return image;
}

QImage ReportPreview::page(int index) const
{
    QImage image = blankPage();
    QPainter painter(&image);
    ReportPainter(*m_layout).paintPage(&painter, index);
    return image;
}

} // namespace accord
