// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include "model/id.h"
#include "report/report.h"

#include <QDate>

#include <functional>

namespace accord {

struct Plan;

// The pictures of a printed plan, by the kind of place the document has for them.
// The charts and the timeline plug their figure functions in here; a hook left
// empty (or a hook that returns a null Figure) prints the figure's caption alone.
struct DocumentFigures {
    std::function<Figure(const Plan &, MetricId, QDate today)> kpiChart;
    std::function<Figure(const Plan &, QDate today)> timeline;
    std::function<Figure(const Plan &, QDate today)> outcomesOverview;
    std::function<Figure(const Plan &, QDate today)> healthChart;
    std::function<Figure(const Plan &)> roiChart;

    // The charts and the timeline as the document prints them (Medium::Print).
    static DocumentFigures standard();

    // The figure for a place in the document; null when its hook is empty.
    Figure figureFor(const Plan &plan, const ReportBlock::Figure &place, QDate today) const;
};

// What a layout asks for each figure place of a Report.
using FigureSource = std::function<Figure(const ReportBlock::Figure &)>;

} // namespace accord
