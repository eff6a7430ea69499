// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedata.h"
#include "timelinelayout.h"

#include <QGraphicsItem>

#include <functional>

namespace accord {

// One milestone: a bar from its start to its target date, or a diamond when it has
// a single date; coloured by status (overdue in red), a dashed tail to the slip
// forecast when there is one, a flag when it lands after the renewal, and a label
// with name and owner. Open milestones of an editable timeline can be dragged
// sideways, snapping to whole days; the drop is reported through onRescheduled.
class TimelineMilestoneItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x71 };

    TimelineMilestoneItem(const TimelineMilestone &milestone, const TimelinePlacement &placement,
        const TimelineLayout &layout, const TimelineStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    RowId milestoneId() const { return m_data.milestone.id; }
    const TimelineMilestone &data() const { return m_data; }
    bool isPastRenewal() const { return m_data.pastRenewal; }
    bool isOverdue() const { return m_data.overdue; }
    QColor fillColor() const;
    // The bar (start..target) or the diamond's box, in scene coordinates.
    QRectF sceneBarRect() const;

    // Dragging: only when set, and only for open milestones.
    void setDraggable(std::function<void(RowId, int days)> onRescheduled);
    bool isDraggable() const { return bool(m_onRescheduled); }
    int dragDays() const { return m_dragDays; }

    static QString toolTipFor(const TimelineMilestone &milestone);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QRectF localBar() const; // bar or diamond box, item coordinates
    QRectF labelRect() const;
    void paintSlip(QPainter *painter) const;
    void paintFlag(QPainter *painter) const;
    QString currentLabel() const;

    TimelineMilestone m_data;
    TimelineStyle m_style;
    TimelinePlacement m_placement;
    qreal m_pixelsPerDay = 1;
    qreal m_originX = 0; // scene x of the item before a drag
    qreal m_barWidth = 0;
    qreal m_slipWidth = 0; // from the target date to the forecast
    qreal m_pressX = 0;
    int m_dragDays = 0;
    bool m_dragging = false;
    std::function<void(RowId, int)> m_onRescheduled;
};

} // namespace accord
