// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefigure.h"

#include "timelinescene.h"

#include <QCoreApplication>
#include <QPainter>

#include <memory>

namespace accord {

Figure timelineFigure(const Plan &plan, QDate today, Medium medium)
{
    // The scene is built once and kept by the figure: painting it again (a print
    // preview repaints often) only draws.
    auto scene = std::make_shared<TimelineScene>(plan, today, medium);
    Figure figure;
    figure.title = QCoreApplication::translate("accord::Timeline", "Milestone timeline");
    const QRectF source = scene->layout().bounds();
    figure.naturalSize = source.size();
    figure.paint = [scene, source](QPainter *painter, const QRectF &target) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        scene->render(painter, target, source, Qt::KeepAspectRatio);
        painter->restore();
    };
    return figure;
}

} // namespace accord
