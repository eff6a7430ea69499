// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedata.h"
#include "timelinestyle.h"

#include <QGraphicsItem>

namespace accord {

// The header of the horizontal band of one phase (or of the milestones without a
// phase): the phase's name, timeframe and how much of it is complete, above the
// grid and the marker lines. The band's tint is a plain rectangle under the grid
// (TimelineScene adds it); this item draws the band's top edge and its header.
class TimelinePhaseBandItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x72 };

    TimelinePhaseBandItem(
        const TimelineBand &band, int index, const QRectF &rect, const TimelineStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    QPainterPath shape() const override; // the header line only
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const TimelineBand &band() const { return m_band; }
    // The header is drawn from this scene x on, so it stays in sight when the view
    // is scrolled sideways.
    void setHeaderLeft(qreal x);

private:
    TimelineBand m_band;
    int m_index = 0;
    QRectF m_rect;
    TimelineStyle m_style;
    qreal m_headerLeft = 0;
};

} // namespace accord
