// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinephasebanditem.h"
#include "pdfactualtext.h"

#include "devicefont.h"
#include "palette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace accord {

TimelinePhaseBandItem::TimelinePhaseBandItem(
    const TimelineBand &band, int index, const QRectF &rect, const TimelineStyle &style)
    : m_band(band)
    , m_index(index)
    , m_rect(rect)
    , m_style(style)
    , m_headerLeft(rect.left())
{
    setZValue(2.8);
    QStringList tip {m_band.title};
    if (!m_band.detail.isEmpty())
        tip << m_band.detail;
    setToolTip(tip.join(QLatin1Char('\n')));
}

void TimelinePhaseBandItem::setHeaderLeft(qreal x)
{
    const qreal left = std::max(m_rect.left(), x);
    if (qFuzzyCompare(left, m_headerLeft))
        return;
    m_headerLeft = left;
    update();
}

QPainterPath TimelinePhaseBandItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(m_rect.left(), m_rect.top(), m_rect.width(), m_style.bandHeaderHeight));
    return path;
}

void TimelinePhaseBandItem::paint(
    QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    painter->setPen(QPen(TimelineStyle::quarterLine(), m_style.pen));
    painter->drawLine(m_rect.topLeft(), m_rect.topRight());

    const qreal m = m_style.margin;
    const qreal g = m_style.gap;
    const QRectF header(m_headerLeft + m, m_rect.top(), m_rect.right() - m_headerLeft - 2 * m,
        m_style.bandHeaderHeight);
    const qreal titleWidth = m_style.textWidth(m_style.boldFont, m_band.title);
    const QFontMetricsF detailMetrics(m_style.font);
    const QString detail = detailMetrics.elidedText(
        m_band.detail, Qt::ElideRight, std::max<qreal>(0, header.width() - titleWidth - 2 * g));
    qreal width = titleWidth;
    if (!detail.isEmpty())
        width += 2 * g + detailMetrics.horizontalAdvance(detail);
    // A patch of the band's tint keeps grid and marker lines out of the text.
    const qreal h = m_style.lineHeight;
    painter->fillRect(QRectF(header.left() - g, header.center().y() - h / 2, width + 2 * g, h),
        TimelineStyle::bandFill(m_index));

    painter->setFont(deviceFont(m_style.boldFont, painter->device()));
    painter->setPen(Palette::ink());
    PdfActualText::drawText(painter, header, int(Qt::AlignLeft | Qt::AlignVCenter), m_band.title);
    if (detail.isEmpty())
        return;
    painter->setFont(deviceFont(m_style.font, painter->device()));
    painter->setPen(Palette::muted().darker(125));
    PdfActualText::drawText(painter, header.adjusted(titleWidth + 2 * g, 0, 0, 0),
        int(Qt::AlignLeft | Qt::AlignVCenter), detail);
}

} // namespace accord
