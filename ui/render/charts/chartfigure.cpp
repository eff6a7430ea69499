// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfigure.h"

#include "chartstyle.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

#include <cmath>
#include <memory>

namespace accord {

Figure scaledFigure(const QString &title, QSizeF naturalSize,
    std::function<void(QPainter *painter, const QRectF &area)> paint)
{
    Figure figure;
    figure.title = title;
    figure.naturalSize = naturalSize.isEmpty() ? QSizeF(480, 300) : naturalSize;
    figure.paint = [paint = std::move(paint), natural = figure.naturalSize](
                       QPainter *painter, const QRectF &target) {
        if (!painter || target.isEmpty())
            return;
        const qreal scale
            = std::sqrt(target.width() * target.height() / (natural.width() * natural.height()));
        painter->save();
        painter->translate(target.topLeft());
        painter->scale(scale, scale);
        paint(painter, QRectF(QPointF(0, 0), target.size() / scale));
        painter->restore();
    };
    return figure;
}

Figure chartFigure(QChart *chart, QSizeF naturalSize)
{
    if (!chart)
        return {};
    auto scene = std::make_shared<QGraphicsScene>();
    scene->addItem(chart); // the scene owns the chart from here on
    return scaledFigure(ChartStyle::title(chart), naturalSize,
        [scene, chart](QPainter *painter, const QRectF &layout) {
            chart->resize(layout.size());
            scene->setSceneRect(layout);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setRenderHint(QPainter::TextAntialiasing);
            scene->render(painter, layout, layout, Qt::IgnoreAspectRatio);
        });
}

} // namespace accord
