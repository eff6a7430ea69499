// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelegend.h"

#include "model/enuminfo.h"
#include "model/enums.h"
#include "palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace accord {

namespace {

QPixmap swatch(const QColor &colour, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(130), 1));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1, size * 0.2, size - 2, size * 0.6), 3, 3);
    return pixmap;
}

QPixmap flag(int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor red = Palette::overdue();
    p.setPen(QPen(red, 1.5));
    p.drawLine(QPointF(size * 0.3, size * 0.9), QPointF(size * 0.3, size * 0.1));
    const QPointF triangle[]
        = {{size * 0.3, size * 0.1}, {size * 0.9, size * 0.3}, {size * 0.3, size * 0.5}};
    p.setPen(Qt::NoPen);
    p.setBrush(red);
    p.drawPolygon(triangle, 3);
    return pixmap;
}

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(10);
    const int size = fontMetrics().height();
    const qreal dpr = devicePixelRatioF();
    const auto add = [&](const QPixmap &icon, const QString &text) {
        auto *entry = new QWidget(this);
        auto *row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(3);
        auto *picture = new QLabel(entry);
        picture->setPixmap(icon);
        auto *label = new QLabel(text, entry);
        label->setObjectName(QStringLiteral("legendText"));
        row->addWidget(picture);
        row->addWidget(label);
        layout->addWidget(entry);
    };
    for (TaskStatus s : {TaskStatus::Pending, TaskStatus::InProgress, TaskStatus::Complete,
             TaskStatus::Blocked, TaskStatus::Skipped})
        add(swatch(Palette::taskStatus(s), size, dpr), enumLabel(s));
    add(swatch(Palette::overdue(), size, dpr), tr("Overdue"));
    add(flag(size, dpr), tr("After renewal"));
    setToolTip(tr("Bars run from start to target date; a diamond is a milestone with one date. "
                  "A dashed tail shows the slip forecast."));
}

QStringList TimelineLegend::entries() const
{
    QStringList result;
    for (const QLabel *label : findChildren<QLabel *>(QStringLiteral("legendText")))
        result << label->text();
    return result;
}

} // namespace accord
