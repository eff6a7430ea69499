// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"

#include <QGraphicsView>

namespace accord {

class TimelineScene;

// Shows a TimelineScene and only zooms and scrolls it. Zooming changes the days'
// width and lays the timeline out again, so text keeps its size: Ctrl+wheel
// (around the mouse), Ctrl++ / Ctrl+- and + / -, Ctrl+0 fits the whole plan.
// Until the user zooms, the timeline is kept fitted to the width of the view.
class TimelineView : public QGraphicsView {
    Q_OBJECT

public:
    explicit TimelineView(TimelineScene *scene, QWidget *parent = nullptr);

    TimelineScene *timelineScene() const { return m_scene; }
    qreal pixelsPerDay() const;
    bool isFitted() const { return m_fitted; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWidth();
    // Multiplies the zoom, keeping the date under viewportPos where it is.
    void zoomBy(qreal factor, const QPointF &viewportPos);

signals:
    void milestoneSelected(accord::RowId id); // invalid when the selection is cleared
    void editMilestoneRequested(accord::RowId id);
    void zoomChanged(qreal pixelsPerDay);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyZoom(qreal pixelsPerDay, const QPointF &viewportPos);
    void onSelectionChanged();
    RowId milestoneAt(const QPoint &viewportPos) const;

    TimelineScene *m_scene;
    RowId m_selected;
    bool m_fitted = true;
    bool m_shown = false;
};

} // namespace accord
