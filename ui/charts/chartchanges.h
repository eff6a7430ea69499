// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace accord {

struct Change;

// Whether an edit can change what a chart shows: metrics and their readings,
// outcomes and milestones (outcome progress), personas and feature importance,
// health components, and the header's KPI numbers and health thresholds.
bool changeAffectsCharts(const Change &change);

} // namespace accord
