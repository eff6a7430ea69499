// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepanel.h"

#include "document/plandocument.h"
#include "milestonereschedule.h"
#include "timeline/timelinescene.h"
#include "timelinelegend.h"
#include "timelineview.h"

#include <QAction>
#include <QToolBar>
#include <QVBoxLayout>

namespace accord {

TimelinePanel::TimelinePanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_scene(new TimelineScene(
          document ? document->plan() : Plan(), QDate::currentDate(), Medium::Screen, this))
    , m_view(new TimelineView(m_scene, this))
    , m_legend(new TimelineLegend(this))
{
    m_scene->setDocument(document);
    if (document)
        connect(
            m_scene, &TimelineScene::rescheduleRequested, document, [document](RowId id, int days) {
                (void)MilestoneReschedule::apply(*document, id, days);
            });
    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_zoomIn = toolBar->addAction(
        QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom in"), m_view, &TimelineView::zoomIn);
    m_zoomIn->setToolTip(tr("Show less time in more detail (Ctrl++)"));
    m_zoomOut = toolBar->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom out"),
        m_view, &TimelineView::zoomOut);
    m_zoomOut->setToolTip(tr("Show more time (Ctrl+-)"));
    m_fit = toolBar->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Whole plan"),
        m_view, &TimelineView::fitToWidth);
    m_fit->setToolTip(tr("Fit the whole plan into the width of the view (Ctrl+0)"));
    toolBar->addSeparator();
    toolBar->addWidget(m_legend);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);

    connect(m_view, &TimelineView::milestoneSelected, this, &TimelinePanel::milestoneSelected);
    connect(m_view, &TimelineView::editMilestoneRequested, this,
        &TimelinePanel::editMilestoneRequested);
    setFocusProxy(m_view);
}

void TimelinePanel::setToday(QDate today)
{
    m_scene->setToday(today);
    if (m_view->isFitted())
        m_view->fitToWidth();
}

} // namespace accord
