// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"

#include <QDate>
#include <QWidget>

class QAction;

namespace accord {

class PlanDocument;
class TimelineLegend;
class TimelineScene;
class TimelineView;

// The timeline of an open plan: a small toolbar (zoom in, zoom out, fit, the
// colour legend) over the view. Follows the document's changes; dragging a
// milestone reschedules it through the document.
class TimelinePanel : public QWidget {
    Q_OBJECT

public:
    explicit TimelinePanel(PlanDocument *document, QWidget *parent = nullptr);

    TimelineScene *scene() const { return m_scene; }
    TimelineView *view() const { return m_view; }
    TimelineLegend *legend() const { return m_legend; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }

    void setToday(QDate today); // the current date unless set

signals:
    void milestoneSelected(accord::RowId id);
    void editMilestoneRequested(accord::RowId id);

private:
    TimelineScene *m_scene;
    TimelineView *m_view;
    TimelineLegend *m_legend;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
};

} // namespace accord
