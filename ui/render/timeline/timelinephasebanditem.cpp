// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinephasebanditem.h"

#include "palette.h"

#include <QPainter>

namespace accord {

TimelinePhaseBandItem::TimelinePhaseBandItem(
    const TimelineBand &band, int index, const QRectF &rect, const TimelineStyle &style)
    : m_band(band)
    , m_index(index)
    , m_rect(rect)
    , m_style(style)
    , m_headerLeft(rect.left())
{
    setZValue(0);
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

void TimelinePhaseBandItem::paint(
    QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    painter->fillRect(m_rect, TimelineStyle::bandFill(m_index));
    painter->setPen(QPen(TimelineStyle::quarterLine(), m_style.pen));
    painter->drawLine(m_rect.topLeft(), m_rect.topRight());

    const qreal m = m_style.margin;
    QRectF header(m_headerLeft + m, m_rect.top(), m_rect.right() - m_headerLeft - 2 * m,
        m_style.bandHeaderHeight);
    painter->setFont(m_style.boldFont);
    painter->setPen(Palette::ink());
    QRectF used;
    painter->drawText(header, int(Qt::AlignLeft | Qt::AlignVCenter), m_band.title, &used);
    if (m_band.detail.isEmpty())
        return;
    header.setLeft(used.right() + 2 * m_style.gap);
    painter->setFont(m_style.font);
    painter->setPen(Palette::muted().darker(125));
    painter->drawText(header, int(Qt::AlignLeft | Qt::AlignVCenter), m_band.detail);
}

} // namespace accord
