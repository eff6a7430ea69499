// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashedline.h"

#include <QLineF>
#include <QPainter>
#include <QPen>
#include <QPolygonF>

#include <algorithm>

namespace accord {

namespace {

// More dashes than this are not worth splitting: the painter strokes them itself.
constexpr qsizetype kMostDashes = 20000;

} // namespace

void drawDashedLine(QPainter *painter, const QPolygonF &line, const QPen &pen)
{
    const QList<qreal> pattern = pen.style() == Qt::SolidLine || pen.style() == Qt::NoPen
        ? QList<qreal>()
        : pen.dashPattern();
    const qreal unit = std::max<qreal>(pen.widthF(), 1.0); // the pattern is in pen widths
    qreal period = 0;
    for (const qreal length : pattern)
        period += length * unit;
    qreal total = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        total += QLineF(line[i - 1], line[i]).length();
    if (pattern.size() < 2 || !(period > 0) || total / period > kMostDashes) {
        painter->setPen(pen);
        painter->drawPolyline(line);
        return;
    }
    QList<QLineF> dashes;
    qsizetype element = 0; // even: a dash, odd: a gap
    qreal left = pattern[0] * unit; // of the current element
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QLineF segment(line[i - 1], line[i]);
        const qreal length = segment.length();
        qreal at = 0;
        while (length - at > 1e-9) {
            const qreal step = std::min(left, length - at);
            if (element % 2 == 0 && step > 0)
                dashes.append(
                    QLineF(segment.pointAt(at / length), segment.pointAt((at + step) / length)));
            at += step;
            left -= step;
            if (left <= 1e-9) {
                element = (element + 1) % pattern.size();
                left = pattern[element] * unit;
            }
        }
    }
    QPen solid = pen;
    solid.setStyle(Qt::SolidLine);
    painter->setPen(solid);
    painter->drawLines(dashes);
}

} // namespace accord
