// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <functional>

class QMenu;
class QPoint;
class QWidget;

namespace accord {

// The context-menu actions every chart and the timeline offer: export as PNG at a
// chosen resolution, export as SVG, copy to the clipboard. `figure` is asked for
// the picture when an action runs, so it is always current.
namespace FigureExportMenu {

using FigureSource = std::function<Figure()>;

void addActions(QMenu *menu, QWidget *parent, const FigureSource &figure);
// Shows the menu at a global position (for contextMenuEvent handlers).
void exec(QWidget *parent, const FigureSource &figure, const QPoint &globalPos);

} // namespace FigureExportMenu
} // namespace accord
