// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemarkeritem.h"
#include "pdfactualtext.h"

#include "dashedline.h"
#include "devicefont.h"
#include "palette.h"

#include <QPainter>

#include <algorithm>

namespace accord {

using Kind = TimelineMarker::Kind;

TimelineMarkerItem::TimelineMarkerItem(const TimelineMarker &marker, qreal x, qreal labelTop,
    qreal bottom, bool labelLeft, const TimelineStyle &style)
    : m_marker(marker)
    , m_x(x)
    , m_labelTop(labelTop)
    , m_bottom(bottom)
    , m_labelLeft(labelLeft)
    , m_style(style)
{
    // A marker's line runs down through the label rows below its own: the labels
    // of lower rows are stacked above it, so no line crosses a label.
    setZValue(2 + 1e-4 * std::clamp<qreal>(m_labelTop, 0, 1000));
    setToolTip(m_marker.label);
}

QColor TimelineMarkerItem::colour() const
{
    switch (m_marker.kind) {
    case Kind::Today:
        return TimelineStyle::today();
    case Kind::Renewal:
        return TimelineStyle::renewal();
    case Kind::Review:
        return TimelineStyle::review();
    case Kind::NextReview:
        return TimelineStyle::nextReview();
    }
    return TimelineStyle::review();
}

QFont TimelineMarkerItem::font() const
{
    return m_marker.kind == Kind::Renewal ? m_style.boldFont : m_style.smallFont;
}

bool TimelineMarkerItem::filled() const
{
    return m_marker.kind == Kind::Today || m_marker.kind == Kind::Renewal;
}

QRectF TimelineMarkerItem::labelRect() const
{
    const qreal w = m_style.textWidth(font(), m_marker.label) + 2 * m_style.gap;
    const qreal h = m_style.markerRowHeight * 0.86;
    const qreal top = m_labelTop + (m_style.markerRowHeight - h) / 2;
    return m_labelLeft ? QRectF(m_x - w, top, w, h) : QRectF(m_x, top, w, h);
}

QRectF TimelineMarkerItem::boundingRect() const
{
    const qreal p = 2 * m_style.pen;
    return labelRect().united(QRectF(m_x - p, m_labelTop, 2 * p, m_bottom - m_labelTop));
}

void TimelineMarkerItem::paint(
    QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = colour();
    const bool solid = filled();
    const QRectF label = labelRect();
    drawDashedLine(painter, QPolygonF({QPointF(m_x, label.top()), QPointF(m_x, m_bottom)}),
        QPen(c, (solid ? 1.6 : 1.1) * m_style.pen, solid ? Qt::SolidLine : Qt::DashLine));

    const qreal radius = label.height() / 4;
    painter->setPen(solid ? Qt::NoPen : QPen(c, m_style.pen));
    painter->setBrush(solid ? c : Palette::paper());
    painter->drawRoundedRect(label, radius, radius);
    painter->setFont(deviceFont(font(), painter->device()));
    painter->setPen(solid                                ? Palette::onColour()
            : Palette::scheme() == Palette::Scheme::Dark ? c.lighter(130)
                                                         : c.darker(120));
    PdfActualText::drawText(painter, label, int(Qt::AlignCenter), m_marker.label);
}

} // namespace accord
