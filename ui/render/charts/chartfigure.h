// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

class QChart;

namespace accord {

// A chart as a Figure for the document renderer, the presentation and image
// export: it takes ownership of the chart (a scene shared by the figure's copies
// holds it) and paints it as vectors into any rectangle of any QPainter.
//
// The chart is laid out at the target's shape but at the area of its natural size,
// then scaled to the target: text keeps its size relative to the picture whatever
// unit the painter works in, and a bigger rectangle shows a bigger chart.
Figure chartFigure(QChart *chart, QSizeF naturalSize);

// A figure that lays itself out the same way: `paint` draws into `area`, in the
// points of a figure of the target's shape and the natural size's area.
Figure scaledFigure(const QString &title, QSizeF naturalSize,
    std::function<void(QPainter *painter, const QRectF &area)> paint);

} // namespace accord
