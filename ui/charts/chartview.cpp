// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "palette.h"

#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "figureexportmenu.h"

#include <QContextMenuEvent>

namespace accord {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundBrush(Palette::paper());
}

ChartView::ChartView(Factory factory, QWidget *parent)
    : ChartView(parent)
{
    setFactory(std::move(factory));
}

ChartView::~ChartView() = default;

void ChartView::setFactory(Factory factory)
{
    m_factory = std::move(factory);
    rebuild();
}

void ChartView::rebuild()
{
    if (!m_factory)
        return;
    QChart *fresh = m_factory(Medium::Screen);
    if (!fresh)
        return;
    QChart *old = chart();
    setChart(fresh); // releases the old chart without deleting it
    delete old;
    setAccessibleName(ChartStyle::title(fresh));
    fitChart();
}

Figure ChartView::figure() const
{
    if (!m_factory)
        return {};
    QSizeF size = QSizeF(viewport()->size()) / pointScale();
    if (size.width() < 120 || size.height() < 80)
        size = ChartStyle::naturalSize(Medium::Screen);
    return chartFigure(m_factory(Medium::Screen), size);
}

QSize ChartView::sizeHint() const
{
    return (ChartStyle::naturalSize(Medium::Screen) * pointScale()).toSize();
}

QSize ChartView::minimumSizeHint() const
{
    return (QSizeF(240, 170) * pointScale()).toSize();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    // Not QChartView's: it lays the chart out in pixels, this view in points.
    QGraphicsView::resizeEvent(event);
    fitChart();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    FigureExportMenu::exec(
        this, [this] { return figure(); }, event->globalPos());
}

qreal ChartView::pointScale() const
{
    return logicalDpiY() / 72.0;
}

void ChartView::fitChart()
{
    QChart *c = chart();
    if (!c)
        return;
    const qreal scale = pointScale();
    const QSizeF size = QSizeF(viewport()->size()) / scale;
    c->setPos(0, 0);
    c->resize(size);
    setSceneRect(QRectF(QPointF(0, 0), size));
    setTransform(QTransform::fromScale(scale, scale));
}

} // namespace accord
