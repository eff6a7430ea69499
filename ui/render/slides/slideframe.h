// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace accord {

// The slides' type, sized in pixels of the 1920×1080 canvas.
QFont slideFont(qreal pixels, bool bold = false);

// The furniture of every slide: a title band, and a footer with the account, the
// plan and "n / N". content() is what is left for the slide's own drawing.
struct SlideFrame {
    QString title;
    QString footer; // "Acme Corp · Customer success plan"
    int number = 0;
    int count = 0;

    // Paints the frame on a 1920×1080 canvas and returns the content rectangle.
    QRectF paint(QPainter *painter) const;
};

// Lines of text, large: a heading line in bold and a muted second line per entry.
struct SlideListEntry {
    QString heading;
    QString detail;
    QString badge; // right-aligned: a date, a level
    bool alert = false; // heading in the warning colour
};

void paintSlideList(QPainter *painter, const QRectF &area,
    const std::vector<SlideListEntry> &entries, const QString &emptyText);

} // namespace accord
