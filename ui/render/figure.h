// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace accord {

// Where a figure is shown: sizes of text and lines differ between the editor,
// a printed page and a slide on a 1920×1080 screen.
enum class Medium { Screen, Print, Slide };

// A picture that can be drawn into any rectangle of any QPainter (a widget, a PDF
// page, a printer, an image, an SVG generator). Charts and the timeline are handed
// to the document renderer, the presentation and image export as figures.
struct Figure {
    QString title;
    QSizeF naturalSize; // in points (1/72 inch): the size the figure reads best at
    std::function<void(QPainter *painter, const QRectF &target)> paint;

    bool isNull() const { return !paint; }
};

} // namespace accord
