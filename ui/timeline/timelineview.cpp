// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "palette.h"

#include "charts/figureexportmenu.h"
#include "timeline/timelinefigure.h"
#include "timeline/timelinemilestoneitem.h"
#include "timeline/timelinescene.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace accord {

namespace {

constexpr qreal kZoomStep = 1.25;

} // namespace

TimelineView::TimelineView(TimelineScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(Palette::paper());
    connect(scene, &QGraphicsScene::selectionChanged, this, &TimelineView::onSelectionChanged);
    // The view takes the scene's rect at once, so that a zoom can scroll to its
    // anchor before the next event (the scene's own notice comes too late for that).
    setSceneRect(scene->sceneRect());
    connect(scene, &TimelineScene::rebuilt, this, [this] {
        setSceneRect(m_scene->sceneRect());
        m_scene->setVisibleTopLeft(mapToScene(QPoint(0, 0)));
    });
}

qreal TimelineView::pixelsPerDay() const
{
    return m_scene->pixelsPerDay();
}

void TimelineView::zoomIn()
{
    zoomBy(kZoomStep, QPointF(viewport()->rect().center()));
}

void TimelineView::zoomOut()
{
    zoomBy(1 / kZoomStep, QPointF(viewport()->rect().center()));
}

void TimelineView::fitToWidth()
{
    m_fitted = true;
    applyZoom(m_scene->fitPixelsPerDay(viewport()->width()), QPointF(0, 0));
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
}

void TimelineView::zoomBy(qreal factor, const QPointF &viewportPos)
{
    m_fitted = false;
    applyZoom(m_scene->pixelsPerDay() * factor, viewportPos);
}

void TimelineView::applyZoom(qreal pixelsPerDay, const QPointF &viewportPos)
{
    const qreal before = m_scene->pixelsPerDay();
    const double day = m_scene->layout().dayAt(mapToScene(viewportPos.toPoint()).x());
    m_scene->setPixelsPerDay(pixelsPerDay);
    const QPointF now = mapFromScene(QPointF(m_scene->layout().xAtDay(day), 0));
    QScrollBar *bar = horizontalScrollBar();
    bar->setValue(bar->value() + int(std::lround(now.x() - viewportPos.x())));

    if (!qFuzzyCompare(before, m_scene->pixelsPerDay()))
        emit zoomChanged(m_scene->pixelsPerDay());
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta != 0)
        zoomBy(std::pow(kZoomStep, delta / 120.0), event->position());
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus
        || (ctrl && event->key() == Qt::Key_Equal)) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomOut();
    } else if (ctrl && event->key() == Qt::Key_0) {
        fitToWidth();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

RowId TimelineView::milestoneAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos)) {
        if (auto *milestone = qgraphicsitem_cast<TimelineMilestoneItem *>(item))
            return milestone->milestoneId();
    }
    return {};
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const RowId id = event->button() == Qt::LeftButton ? milestoneAt(event->pos()) : RowId();
    if (id.isValid()) {
        emit editMilestoneRequested(id);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    TimelineScene *scene = m_scene;
    FigureExportMenu::exec(
        this, [scene] { return timelineFigure(scene->plan(), scene->today(), Medium::Screen); },
        event->globalPos());
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToWidth();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_shown)
        return;
    // A scene taller than the view would open scrolled to its middle: start at the top.
    m_shown = true;
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    if (m_fitted)
        horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_scene->setVisibleTopLeft(mapToScene(QPoint(0, 0)));
}

void TimelineView::onSelectionChanged()
{
    const RowId id = m_scene->selectedMilestone();
    if (id == m_selected)
        return;
    m_selected = id;
    emit milestoneSelected(id);
}

} // namespace accord
