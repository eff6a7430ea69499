// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QColor>
#include <QFont>

namespace accord {

// Sizes, type and colours of the timeline for one medium, in scene units: pixels
// on the screen, points (1/72 inch) on paper and slides. Fonts carry pixel sizes so
// that text keeps its proportion to the drawing on every paint device (a point
// size would be resolved again against the device's own resolution).
struct TimelineStyle {
    Medium medium = Medium::Screen;
    QFont font; // labels
    QFont boldFont; // band titles, the renewal marker
    QFont smallFont; // axis, marker labels
    qreal lineHeight = 0; // of font
    qreal margin = 0;
    qreal axisRowHeight = 0; // each of the two rows: quarters, then months
    qreal markerRowHeight = 0;
    qreal bandHeaderHeight = 0;
    qreal rowHeight = 0;
    qreal barHeight = 0;
    qreal diamondSize = 0;
    qreal flagWidth = 0;
    qreal gap = 0; // between a shape and its label, and between packed labels
    qreal bandPadding = 0;
    qreal pen = 1; // hairlines
    qreal naturalWidth = 0; // figures: the width a whole plan is fitted to
    qreal minPixelsPerDay = 0.2;
    qreal maxPixelsPerDay = 40;

    static TimelineStyle forMedium(Medium medium);

    qreal textWidth(const QFont &f, const QString &text) const;

    // Colours of the parts of the timeline that are not a status (palette.h has those).
    static QColor bandFill(int band);
    static QColor gridLine();
    static QColor quarterLine();
    static QColor today();
    static QColor renewal();
    static QColor review();
    static QColor nextReview();
};

} // namespace accord
