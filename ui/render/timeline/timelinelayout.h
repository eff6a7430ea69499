// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedata.h"
#include "timelinestyle.h"

#include <QRectF>

#include <vector>

namespace accord {

// Where a milestone goes: its row inside its band and which side its label is on.
struct TimelinePlacement {
    int row = 0;
    bool labelLeft = false; // at the right edge the label goes left of the shape
    qreal labelWidth = 0;
    qreal shapeLeft = 0; // scene x of the shape (bar, diamond, slip, flag)
    qreal shapeRight = 0;
};

// The geometry of a timeline, pure arithmetic on TimelineData and a style:
// - time runs left to right, `pixelsPerDay` scene units per day, over whole months
//   from a little before the earliest date to a little after the latest (contract
//   start, milestones and their forecasts, reviews, renewal, today);
// - from the top: a quarter row and a month row, the marker labels (packed into as
//   few rows as keep them apart), then one band per phase;
// - inside a band, milestones sorted by date take the first row in which neither
//   their shape nor their label touches another's.
class TimelineLayout {
public:
    TimelineLayout() = default;
    TimelineLayout(const TimelineData &data, const TimelineStyle &style, qreal pixelsPerDay);

    // The zoom at which the whole date range fits `width` scene units, within the
    // style's zoom limits.
    static qreal fitPixelsPerDay(const TimelineData &data, const TimelineStyle &style, qreal width);
    static QDate rangeStart(const TimelineData &data);
    static QDate rangeEnd(const TimelineData &data); // exclusive: the first day after

    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    qreal pixelsPerDay() const { return m_pixelsPerDay; }

    qreal x(QDate date) const; // the left edge of the day
    qreal xAtDay(double days) const; // days since firstDate(), fractions allowed
    double dayAt(qreal x) const;
    QDate dateAt(qreal x) const; // the nearest day boundary
    qreal timeLeft() const { return x(m_first); }
    qreal timeRight() const { return x(m_last); }

    QRectF bounds() const { return m_bounds; } // everything drawn
    qreal axisBottom() const { return 2 * m_style.axisRowHeight; }
    qreal markersBottom() const;
    int markerRow(int marker) const { return m_markerRows[std::size_t(marker)]; }
    bool markerLabelLeft(int marker) const { return m_markerLeft[std::size_t(marker)]; }
    qreal markerRowTop(int row) const;
    QRectF bandRect(int band) const; // the full width of bounds()
    int bandRowCount(int band) const { return m_bandRows[std::size_t(band)]; }
    qreal rowCenterY(int band, int row) const;
    const TimelinePlacement &placement(int milestone) const
    {
        return m_placements[std::size_t(milestone)];
    }

private:
    void placeMarkers(const TimelineData &data);
    void placeMilestones(const TimelineData &data);
    TimelinePlacement shapeOf(const TimelineMilestone &m) const;

    TimelineStyle m_style;
    QDate m_first;
    QDate m_last;
    qreal m_pixelsPerDay = 1;
    QRectF m_bounds;
    std::vector<int> m_markerRows;
    std::vector<bool> m_markerLeft;
    int m_markerRowCount = 0;
    std::vector<int> m_bandRows;
    std::vector<qreal> m_bandTops;
    std::vector<TimelinePlacement> m_placements;
    qreal m_contentLeft = 0;
    qreal m_contentRight = 0;
};

} // namespace accord
