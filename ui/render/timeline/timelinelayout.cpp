// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include <algorithm>
#include <cmath>

namespace accord {

namespace {

constexpr int kPaddingDays = 10;

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

// First-fit packing of [left, right) extents, in the order given: the row of each.
class RowPacker {
public:
    explicit RowPacker(qreal gap)
        : m_gap(gap)
    {
    }
    int place(qreal left, qreal right)
    {
        for (std::size_t r = 0; r < m_ends.size(); ++r) {
            if (m_ends[r] + m_gap <= left) {
                m_ends[r] = right;
                return int(r);
            }
        }
        m_ends.push_back(right);
        return int(m_ends.size()) - 1;
    }
    int rows() const { return int(m_ends.size()); }

private:
    qreal m_gap;
    std::vector<qreal> m_ends;
};

} // namespace

QDate TimelineLayout::rangeStart(const TimelineData &data)
{
    return firstOfMonth(data.earliest.addDays(-kPaddingDays));
}

QDate TimelineLayout::rangeEnd(const TimelineData &data)
{
    return firstOfMonth(data.latest.addDays(kPaddingDays)).addMonths(1);
}

qreal TimelineLayout::fitPixelsPerDay(
    const TimelineData &data, const TimelineStyle &style, qreal width)
{
    const qint64 days = std::max<qint64>(1, rangeStart(data).daysTo(rangeEnd(data)));
    const qreal ppd = (width - 2 * style.margin) / qreal(days);
    return std::clamp(ppd, style.minPixelsPerDay, style.maxPixelsPerDay);
}

TimelineLayout::TimelineLayout(
    const TimelineData &data, const TimelineStyle &style, qreal pixelsPerDay)
    : m_style(style)
    , m_first(rangeStart(data))
    , m_last(rangeEnd(data))
    , m_pixelsPerDay(std::clamp(pixelsPerDay, style.minPixelsPerDay, style.maxPixelsPerDay))
{
    m_contentLeft = 0;
    m_contentRight = timeRight() + style.margin;
    placeMarkers(data);
    placeMilestones(data);
    qreal bottom = m_bandTops.empty() ? markersBottom() : m_bandTops.back();
    m_bounds = QRectF(QPointF(m_contentLeft, 0), QPointF(m_contentRight, bottom + style.margin));
}

qreal TimelineLayout::x(QDate date) const
{
    return xAtDay(double(m_first.daysTo(date)));
}

qreal TimelineLayout::xAtDay(double days) const
{
    return m_style.margin + days * m_pixelsPerDay;
}

double TimelineLayout::dayAt(qreal x) const
{
    return (x - m_style.margin) / m_pixelsPerDay;
}

QDate TimelineLayout::dateAt(qreal x) const
{
    return m_first.addDays(qint64(std::llround(dayAt(x))));
}

qreal TimelineLayout::markersBottom() const
{
    return markerRowTop(m_markerRowCount) + m_style.bandPadding;
}

qreal TimelineLayout::markerRowTop(int row) const
{
    return axisBottom() + m_style.bandPadding + row * m_style.markerRowHeight;
}

QRectF TimelineLayout::bandRect(int band) const
{
    const qreal top = m_bandTops[std::size_t(band)];
    const qreal bottom = m_bandTops[std::size_t(band) + 1];
    return QRectF(m_contentLeft, top, m_contentRight - m_contentLeft, bottom - top);
}

qreal TimelineLayout::rowCenterY(int band, int row) const
{
    return m_bandTops[std::size_t(band)] + m_style.bandHeaderHeight
        + (row + 0.5) * m_style.rowHeight;
}

void TimelineLayout::placeMarkers(const TimelineData &data)
{
    RowPacker packer(m_style.gap);
    for (const TimelineMarker &marker : data.markers) {
        const QFont &f
            = marker.kind == TimelineMarker::Kind::Renewal ? m_style.boldFont : m_style.smallFont;
        const qreal w = m_style.textWidth(f, marker.label) + 2 * m_style.gap;
        const qreal at = x(marker.date);
        const bool left = at + w > timeRight() && at - w >= m_contentLeft;
        m_markerLeft.push_back(left);
        m_markerRows.push_back(left ? packer.place(at - w, at) : packer.place(at, at + w));
    }
    m_markerRowCount = packer.rows();
}

TimelinePlacement TimelineLayout::shapeOf(const TimelineMilestone &m) const
{
    TimelinePlacement p;
    const qreal half = m.diamond ? m_style.diamondSize / 2 : 0;
    p.shapeLeft = x(m.from) - half;
    p.shapeRight = std::max(x(m.to) + half, m.forecast.isValid() ? x(m.forecast) : 0.0);
    if (m.pastRenewal)
        p.shapeRight += m_style.flagWidth;
    p.labelWidth = m_style.textWidth(m_style.font, m.label);
    const qreal need = m_style.gap + p.labelWidth;
    p.labelLeft = p.shapeRight + need > timeRight() && p.shapeLeft - need >= timeLeft();
    return p;
}

void TimelineLayout::placeMilestones(const TimelineData &data)
{
    m_placements.resize(data.milestones.size());
    m_bandRows.assign(data.bands.size(), 0);
    std::vector<RowPacker> packers(data.bands.size(), RowPacker(2 * m_style.gap));
    for (std::size_t i = 0; i < data.milestones.size(); ++i) {
        TimelinePlacement p = shapeOf(data.milestones[i]);
        const qreal need = m_style.gap + p.labelWidth;
        const qreal left = p.labelLeft ? p.shapeLeft - need : p.shapeLeft;
        const qreal right = p.labelLeft ? p.shapeRight : p.shapeRight + need;
        m_contentLeft = std::min(m_contentLeft, left - m_style.margin);
        m_contentRight = std::max(m_contentRight, right + m_style.margin);
        p.row = packers[std::size_t(data.milestones[i].band)].place(left, right);
        m_placements[i] = p;
    }
    qreal top = markersBottom();
    m_bandTops.push_back(top);
    for (std::size_t b = 0; b < data.bands.size(); ++b) {
        m_bandRows[b] = packers[b].rows();
        top += m_style.bandHeaderHeight + std::max(1, m_bandRows[b]) * m_style.rowHeight
            + m_style.bandPadding;
        m_bandTops.push_back(top);
    }
}

} // namespace accord
