// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QDate>

namespace accord {

struct Plan;

// The whole milestone timeline of a plan as a figure, drawn as vectors into any
// painter (PDF, print, SVG, images, slides). The date range is fitted to the
// medium's width: compact on paper, large type for a 1920×1080 slide.
Figure timelineFigure(const Plan &plan, QDate today, Medium medium);

} // namespace accord
