// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfigure.h"

#include "chartstyle.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

#include <cmath>
#include <memory>

namespace accord {

Figure chartFigure(QChart *chart, QSizeF naturalSize)
{
    Figure figure;
    if (!chart)
        return figure;
    auto scene = std::make_shared<QGraphicsScene>();
    scene->addItem(chart); // the scene owns the chart from here on
    figure.title = ChartStyle::title(chart);
    figure.naturalSize = naturalSize.isEmpty() ? QSizeF(480, 300) : naturalSize;
    figure.paint
        = [scene, chart, natural = figure.naturalSize](QPainter *painter, const QRectF &target) {
              if (!painter || target.isEmpty())
                  return;
              const qreal scale = std::sqrt(
                  target.width() * target.height() / (natural.width() * natural.height()));
              const QRectF layout(QPointF(0, 0), target.size() / scale);
              chart->resize(layout.size());
              scene->setSceneRect(layout);
              painter->save();
              painter->setRenderHint(QPainter::Antialiasing);
              painter->setRenderHint(QPainter::TextAntialiasing);
              scene->render(painter, target, layout, Qt::IgnoreAspectRatio);
              painter->restore();
          };
    return figure;
}

} // namespace accord
