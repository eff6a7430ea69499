// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureview.h"

#include "figureexportmenu.h"

#include <QContextMenuEvent>
#include <QPainter>

namespace accord {

FigureView::FigureView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FigureView::setSource(Source source)
{
    m_source = std::move(source);
    refresh();
}

void FigureView::refresh()
{
    m_figure = m_source ? m_source() : Figure {};
    setAccessibleName(m_figure.title);
    updateGeometry();
    update();
}

QSize FigureView::sizeHint() const
{
    return (m_figure.naturalSize * pointScale()).toSize().expandedTo(QSize(100, 40));
}

QSize FigureView::minimumSizeHint() const
{
    return {sizeHint().width() / 2, sizeHint().height()};
}

void FigureView::paintEvent(QPaintEvent *)
{
    if (m_figure.isNull())
        return;
    QPainter painter(this);
    const qreal scale = pointScale();
    painter.scale(scale, scale);
    m_figure.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size()) / scale));
}

void FigureView::contextMenuEvent(QContextMenuEvent *event)
{
    FigureExportMenu::exec(
        this, [this] { return m_figure; }, event->globalPos());
}

qreal FigureView::pointScale() const
{
    return logicalDpiY() / 72.0;
}

} // namespace accord
