// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinelayout.h"

#include <QGraphicsItem>

namespace accord {

// The time axis along the top (quarters, or years when quarters are too narrow to
// name, over months) and the month grid lines down through every band. Two items
// draw it: the grid under the milestones, and the header over everything, which
// the scene can move down to keep the dates in sight when the view scrolls.
class TimelineAxisItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x74 };
    enum class Part { Grid, Header };

    TimelineAxisItem(const TimelineLayout &layout, const TimelineStyle &style, Part part);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Months in the axis, each a label over its span: the full short name, its first
    // letter, or nothing, whichever fits.
    QString monthLabel(QDate month) const;
    bool showsQuarters() const; // else years

private:
    void paintGrid(QPainter *painter, const QRectF &exposed, qreal bottom) const;
    void paintMonths(QPainter *painter, const QRectF &exposed) const;
    void paintTopRow(QPainter *painter, const QRectF &exposed) const;
    void paintSpanLabel(QPainter *painter, QDate from, QDate to, qreal top, const QString &text,
        const QString &shortText) const;

    TimelineLayout m_layout;
    TimelineStyle m_style;
    Part m_part;
};

} // namespace accord
