// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "timelinedata.h"
#include "timelinelayout.h"
#include "timelinestyle.h"

#include <QGraphicsScene>
#include <QPointer>
#include <QTimer>

namespace accord {

struct Change;
class PlanDocument;
class TimelineAxisItem;
class TimelineMarkerItem;
class TimelineMilestoneItem;
class TimelinePhaseBandItem;

// The milestone timeline of a plan as graphics items: phase bands, milestones,
// the axis, today, the renewal and the reviews. Built from a plan value, or
// attached to a PlanDocument, after which it follows the document's changes. A
// dragged milestone is a request (rescheduleRequested): the scene draws, it never
// edits; the timeline view makes the edit.
class TimelineScene : public QGraphicsScene {
    Q_OBJECT

public:
    TimelineScene(
        const Plan &plan, QDate today, Medium medium = Medium::Screen, QObject *parent = nullptr);
    ~TimelineScene() override;

    // Follows this document from now on (nullptr: keeps the plan as it is).
    void setDocument(PlanDocument *document);
    PlanDocument *document() const;
    void setPlan(const Plan &plan); // also detaches from the document
    const Plan &plan() const { return m_plan; }

    void setToday(QDate today);
    QDate today() const { return m_today; }
    Medium medium() const { return m_style.medium; }

    // Zoom: scene units per day, within the style's limits; re-lays out at once.
    void setPixelsPerDay(qreal pixelsPerDay);
    qreal pixelsPerDay() const { return m_layout.pixelsPerDay(); }
    qreal fitPixelsPerDay(qreal width) const;

    const TimelineData &data() const { return m_data; }
    const TimelineLayout &layout() const { return m_layout; }
    const TimelineStyle &style() const { return m_style; }

    TimelineMilestoneItem *milestoneItem(RowId id) const;
    const std::vector<TimelineMilestoneItem *> &milestoneItems() const { return m_milestones; }
    const std::vector<TimelineMarkerItem *> &markerItems() const { return m_markers; }
    TimelineMarkerItem *todayMarker() const;

    RowId selectedMilestone() const;
    void selectMilestone(RowId id);

    // Keeps the band headers in sight from this scene x on and the axis from this
    // scene y on (the view's left and top edges).
    void setVisibleTopLeft(const QPointF &topLeft);

    // Lays the timeline out again now (changes of the document are collected and
    // laid out once, on the next turn of the event loop).
    void rebuild();

signals:
    void rebuilt();
    // A milestone dragged by days (its start and target date move by that much).
    void rescheduleRequested(accord::RowId id, int days);

private:
    void onDocumentChanged(const Change &change);
    void addItems();

    Plan m_plan;
    QDate m_today;
    TimelineStyle m_style;
    TimelineData m_data;
    TimelineLayout m_layout;
    qreal m_requestedPixelsPerDay = 2;
    QPointF m_visibleTopLeft;
    TimelineAxisItem *m_axisHeader = nullptr;
    QPointer<PlanDocument> m_document;
    QMetaObject::Connection m_documentConnection;
    QTimer m_rebuildTimer;
    std::vector<TimelineMilestoneItem *> m_milestones;
    std::vector<TimelineMarkerItem *> m_markers;
    std::vector<TimelinePhaseBandItem *> m_bands;
};

} // namespace accord
