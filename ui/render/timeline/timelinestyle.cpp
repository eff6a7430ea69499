// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinestyle.h"

#include "devicefont.h"
#include "palette.h"

#include <QFontMetricsF>

namespace accord {

namespace {

// Screen scenes are in pixels at Qt's logical 96 dpi; paper and slides in points.
qreal unitsPerPoint(Medium medium)
{
    return medium == Medium::Screen ? 96.0 / 72.0 : 1.0;
}

QFont sceneFont(Medium medium, qreal scale, bool bold)
{
    QFont f = Palette::font(medium, scale, bold);
    f.setPixelSize(qMax(1, qRound(f.pointSizeF() * unitsPerPoint(medium))));
    return f;
}

} // namespace

TimelineStyle TimelineStyle::forMedium(Medium medium)
{
    TimelineStyle s;
    s.medium = medium;
    s.font = sceneFont(medium, 1.0, false);
    s.boldFont = sceneFont(medium, 1.0, true);
    s.smallFont = sceneFont(medium, 0.9, false);
    s.lineHeight = QFontMetricsF(s.font).height();
    const qreal lh = s.lineHeight;
    const bool compact = medium == Medium::Print;
    s.margin = lh * 0.8;
    s.axisRowHeight = lh * (compact ? 1.25 : 1.4);
    s.markerRowHeight = lh * (compact ? 1.2 : 1.35);
    s.bandHeaderHeight = lh * (compact ? 1.4 : 1.6);
    s.rowHeight = lh * (compact ? 1.4 : 1.7);
    s.barHeight = lh * (compact ? 0.75 : 0.8);
    s.diamondSize = s.barHeight * 1.25;
    s.flagWidth = lh * 0.9;
    s.gap = lh * 0.4;
    s.bandPadding = lh * (compact ? 0.2 : 0.35);
    s.pen = medium == Medium::Screen ? 1.0 : lh / 12.0;
    switch (medium) {
    case Medium::Screen:
        s.naturalWidth = 1000;
        s.minPixelsPerDay = 0.25;
        s.maxPixelsPerDay = 40;
        break;
    case Medium::Print:
        s.naturalWidth = 500;
        s.minPixelsPerDay = 0.1;
        s.maxPixelsPerDay = 12;
        break;
    case Medium::Slide:
        s.naturalWidth = 1600;
        s.minPixelsPerDay = 0.4;
        s.maxPixelsPerDay = 40;
        break;
    }
    return s;
}

qreal TimelineStyle::textWidth(const QFont &f, const QString &text) const
{
    return deviceMetrics(f, nullptr).horizontalAdvance(text);
}

QColor TimelineStyle::bandFill(int band)
{
    return band % 2 == 0 ? Palette::surface() : Palette::surfaceAlternate();
}

QColor TimelineStyle::gridLine()
{
    return Palette::rule();
}

QColor TimelineStyle::quarterLine()
{
    return Palette::strongRule();
}

QColor TimelineStyle::today()
{
    return Palette::overdue();
}

QColor TimelineStyle::renewal()
{
    return Palette::target();
}

QColor TimelineStyle::review()
{
    return Palette::muted();
}

QColor TimelineStyle::nextReview()
{
    return Palette::accent();
}

} // namespace accord
