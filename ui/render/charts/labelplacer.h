// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace accord {

// Places labels next to points of a chart where they hide the least: above,
// below, right or left of the point, whichever crosses none of the lines it is
// told to avoid (the most important weigh most), no label placed before it, and
// stays inside the plot.
class LabelPlacer {
public:
    explicit LabelPlacer(const QRectF &plot);

    // A line not to cover; weight: how much covering it costs.
    void avoid(const QPolygonF &line, int weight);
    // The box for a label of `size` beside `point`, `gap` away; remembered, so that
    // the next label avoids it too.
    QRectF place(QPointF point, QSizeF size, qreal gap);

    static bool crosses(const QRectF &box, const QPolygonF &line);

private:
    QRectF m_plot;
    std::vector<std::pair<QPolygonF, int>> m_lines;
    std::vector<QRectF> m_placed;
};

} // namespace accord
