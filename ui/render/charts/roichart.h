// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

namespace accord {

struct Plan;

// The ROI timeline as a chart: the net return of each period as a bar (green above
// zero, red below) and the cumulative net as a line, which crosses zero in the
// payback month. Drawn straight onto the painter, for the Value page, documents
// and image export.
Figure roiFigure(const Plan &plan, Medium medium);

} // namespace accord
