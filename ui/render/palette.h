// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "model/enums.h"

#include <QColor>
#include <QFont>

namespace accord {

// The colours and type every chart, the timeline, the slides and the printed
// document share, so that "green" means the same thing everywhere.
namespace Palette {

QColor healthLevel(HealthLevel level);
QColor taskStatus(TaskStatus status);
QColor overdue();
QColor behind(); // a metric behind its schedule
QColor onTrack();
QColor accent(); // the series colour of a metric
QColor target(); // target lines and markers
QColor muted(); // grid lines, secondary text
QColor ink(); // body text

// The base font of a medium; charts scale headings from it.
QFont font(Medium medium, qreal scale = 1.0, bool bold = false);

} // namespace Palette
} // namespace accord
