// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;
class QPen;
class QPolygonF;

namespace accord {

// Draws a line with a pen that may be dashed as the dashes themselves: solid
// segments in one stroke. Qt's PDF writer cannot stroke a dashed pen as PDF
// dashes; it outlines every dash as a filled shape, which costs ten times the
// time and the bytes. On screen the result is the same line.
void drawDashedLine(QPainter *painter, const QPolygonF &line, const QPen &pen);

} // namespace accord
