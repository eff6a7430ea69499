// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

#include <QLineF>

namespace accord {

namespace {

constexpr int kOutsideCost = 16;
constexpr int kOverLabelCost = 8;

} // namespace

LabelPlacer::LabelPlacer(const QRectF &plot)
    : m_plot(plot)
{
}

void LabelPlacer::avoid(const QPolygonF &line, int weight)
{
    if (!line.isEmpty())
        m_lines.push_back({line, weight});
}

QRectF LabelPlacer::place(QPointF at, QSizeF size, qreal gap)
{
    const QRectF candidates[] = {
        {QPointF(at.x() - size.width() / 2, at.y() - gap - size.height()), size}, // above
        {QPointF(at.x() - size.width() / 2, at.y() + gap), size}, // below
        {QPointF(at.x() + gap, at.y() - size.height() / 2), size}, // right
        {QPointF(at.x() - gap - size.width(), at.y() - size.height() / 2), size}, // left
    };
    const QRectF *best = nullptr;
    int bestCost = 0;
    for (const QRectF &box : candidates) {
        int cost = m_plot.contains(box) ? 0 : kOutsideCost;
        for (const auto &[line, weight] : m_lines)
            cost += crosses(box, line) ? weight : 0;
        for (const QRectF &other : m_placed)
            cost += box.intersects(other) ? kOverLabelCost : 0;
        if (!best || cost < bestCost) {
            best = &box;
            bestCost = cost;
        }
    }
    m_placed.push_back(*best);
    return *best;
}

bool LabelPlacer::crosses(const QRectF &box, const QPolygonF &line)
{
    if (line.isEmpty() || !box.intersects(line.boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)))
        return false;
    const QLineF edges[] = {{box.topLeft(), box.topRight()}, {box.topRight(), box.bottomRight()},
        {box.bottomRight(), box.bottomLeft()}, {box.bottomLeft(), box.topLeft()}};
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (box.contains(line[i]))
            return true;
        if (i == 0)
            continue;
        const QLineF segment(line[i - 1], line[i]);
        for (const QLineF &edge : edges) {
            if (segment.intersects(edge, nullptr) == QLineF::BoundedIntersection)
                return true;
        }
    }
    return false;
}

} // namespace accord
