// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QColor>
#include <QFont>
#include <QPen>

class QAbstractAxis;
class QChart;
class QPainter;

namespace accord {

// The look every chart shares (fonts and colours from Palette, no drop shadow,
// a light grid, the legend at the bottom), so that the KPI charts, the bar graphs
// and the health chart read as one family on screen, on paper and on a slide.
//
// A chart's scene unit is the point (1/72 inch) of its Figure: fonts are sized
// in scene units (pixel size), never in device points, so a chart lays out the
// same on a 96 dpi screen, a 150 dpi PNG, an SVG and a PDF.
namespace ChartStyle {

QFont font(Medium medium, qreal scale = 1.0, bool bold = false);
qreal lineWidth(Medium medium);
qreal margin(Medium medium); // around a chart's contents
qreal markerSize(Medium medium);
QPen pen(const QColor &colour, Medium medium, Qt::PenStyle style = Qt::SolidLine,
    qreal widthScale = 1.0);
// Grid and axis lines of a chart drawn straight onto a painter: opaque (Qt's PDF
// writer outlines every translucent stroke), as light as QtCharts' translucent ones.
QPen gridPen(Medium medium);
QPen axisPen(Medium medium);
// Draws a chart's centred title and, when there is one, the line under it, at the
// top of box; the height they take with the space after them.
qreal paintTitle(QPainter *painter, const QRectF &box, const QString &title,
    const QString &subtitle, const QColor &subtitleColour, Medium medium);
// The size a chart of this medium reads best at, in points.
QSizeF naturalSize(Medium medium);

// Background, margins, legend, title font, no animation or shadow.
void apply(QChart *chart, Medium medium);
// Label, title and grid styling of one axis (already added to its chart).
void styleAxis(QAbstractAxis *axis, Medium medium);
// Once every series is added: room between the legend's entries, which QtCharts
// packs tightly whatever the font size.
void spaceLegend(QChart *chart, Medium medium);

// A title with a second, smaller line under it ("62 % · on track"). Both are plain
// text: they are escaped here, because QtCharts renders titles as rich text.
void setTitle(QChart *chart, const QString &title, const QString &subtitle = {},
    const QColor &subtitleColour = {}, Medium medium = Medium::Screen);
QString title(const QChart *chart); // the plain title given to setTitle
QString subtitle(const QChart *chart);

// Rich-text-safe form of user text for axis titles and category labels.
QString escaped(const QString &text);
// Shortens text to at most `length` characters, ending with "…".
QString elided(const QString &text, int length);

} // namespace ChartStyle
} // namespace accord
