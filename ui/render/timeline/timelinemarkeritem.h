// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedata.h"
#include "timelinestyle.h"

#include <QGraphicsItem>

namespace accord {

// A dated vertical line across the bands with its label in the marker rows below
// the axis: today, the renewal date, a past review, the next review.
class TimelineMarkerItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x73 };

    // x: the scene x of the date; labelTop: the top of the marker's label row;
    // bottom: where the line ends.
    TimelineMarkerItem(const TimelineMarker &marker, qreal x, qreal labelTop, qreal bottom,
        bool labelLeft, const TimelineStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const TimelineMarker &marker() const { return m_marker; }
    qreal lineX() const { return m_x; }
    QRectF labelRect() const; // scene coordinates

private:
    QColor colour() const;
    QFont font() const;
    bool filled() const; // today and the renewal have a filled label

    TimelineMarker m_marker;
    qreal m_x;
    qreal m_labelTop;
    qreal m_bottom;
    bool m_labelLeft;
    TimelineStyle m_style;
};

} // namespace accord
