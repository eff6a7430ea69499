// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "model/enums.h"

#include <QColor>
#include <QFont>

namespace accord {

// The colours and type every chart, the timeline, the slides and the printed
// document share, so that "green" means the same thing everywhere.
//
// The screen follows the window's theme (light or dark, set by Theme); paper is
// always light: whatever draws a page, a PDF or an exported figure holds a
// ScopedScheme(Scheme::Light) while it draws.
namespace Palette {

enum class Scheme { Light, Dark };
void setScheme(Scheme scheme);
Scheme scheme();

class ScopedScheme {
public:
    explicit ScopedScheme(Scheme scheme);
    ~ScopedScheme();
    ScopedScheme(const ScopedScheme &) = delete;
    ScopedScheme &operator=(const ScopedScheme &) = delete;

private:
    Scheme m_previous;
};

QColor paper(); // what figures are drawn on
QColor surface(); // tiles, alternate bands
QColor surfaceAlternate();
QColor rule(); // grid lines, hairlines
QColor strongRule(); // quarter lines
QColor onColour(); // text and outlines on a coloured mark
QColor error(); // refusals, failures
QColor warning();

QColor healthLevel(HealthLevel level);
QColor taskStatus(TaskStatus status);
QColor overdue();
QColor behind(); // a metric behind its schedule
QColor onTrack();
QColor accent(); // the series colour of a metric
QColor target(); // target lines and markers
QColor muted(); // grid lines, secondary text
QColor ink(); // body text
QColor deep(); // the dark band of a title slide, in either scheme

// `colour` at `alpha` (0–255) as it looks on paper(), opaque: Qt's PDF writer
// outlines every stroke of a translucent pen as a filled shape, at ten times
// the cost of a plain stroke.
QColor overPaper(const QColor &colour, int alpha);

// The font families of every medium, in order: the first with a letter draws it,
// so names in any script print with real glyphs.
QStringList fontFamilies();
// The base font of a medium; charts scale headings from it.
QFont font(Medium medium, qreal scale = 1.0, bool bold = false);

} // namespace Palette
} // namespace accord
