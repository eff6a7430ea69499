// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinescene.h"

#include "document/plandocument.h"
#include "model/change.h"
#include "palette.h"
#include "timelineaxisitem.h"
#include "timelinemarkeritem.h"
#include "timelinemilestoneitem.h"
#include "timelinephasebanditem.h"

#include <QGraphicsRectItem>

#include <algorithm>

namespace accord {

namespace {

// The tables whose rows the timeline shows: a change elsewhere leaves it as it is.
bool concernsTimeline(const Change &change)
{
    return change.touches<Milestone, Phase, Account, Review, PlanHeader>();
}

} // namespace

TimelineScene::TimelineScene(const Plan &plan, QDate today, Medium medium, QObject *parent)
    : QGraphicsScene(parent)
    , m_plan(plan)
    , m_today(today)
    , m_style(TimelineStyle::forMedium(medium))
{
    setBackgroundBrush(Palette::paper());
    setItemIndexMethod(QGraphicsScene::NoIndex); // rebuilt as a whole, often, never huge
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TimelineScene::rebuild);
    m_data = TimelineData::fromPlan(m_plan, m_today);
    m_requestedPixelsPerDay
        = TimelineLayout::fitPixelsPerDay(m_data, m_style, m_style.naturalWidth);
    rebuild();
}

TimelineScene::~TimelineScene()
{
    // Deleting the items here, not in ~QGraphicsScene, keeps selectionChanged from
    // reaching a view while this scene is half destroyed.
    const QSignalBlocker blocker(this);
    clear();
}

void TimelineScene::setDocument(PlanDocument *document)
{
    disconnect(m_documentConnection);
    m_document = document;
    if (document) {
        m_plan = document->plan();
        m_documentConnection
            = connect(document, &PlanDocument::changed, this, &TimelineScene::onDocumentChanged);
    }
    rebuild();
}

PlanDocument *TimelineScene::document() const
{
    return m_document;
}

void TimelineScene::setPlan(const Plan &plan)
{
    disconnect(m_documentConnection);
    m_document = nullptr;
    m_plan = plan;
    rebuild();
}

void TimelineScene::setToday(QDate today)
{
    m_today = today;
    rebuild();
}

void TimelineScene::setPixelsPerDay(qreal pixelsPerDay)
{
    m_requestedPixelsPerDay
        = std::clamp(pixelsPerDay, m_style.minPixelsPerDay, m_style.maxPixelsPerDay);
    rebuild();
}

qreal TimelineScene::fitPixelsPerDay(qreal width) const
{
    return TimelineLayout::fitPixelsPerDay(m_data, m_style, width);
}

void TimelineScene::onDocumentChanged(const Change &change)
{
    if (concernsTimeline(change))
        m_rebuildTimer.start();
}

void TimelineScene::rebuild()
{
    m_rebuildTimer.stop();
    if (m_document)
        m_plan = m_document->plan();
    const RowId selected = selectedMilestone();
    {
        const QSignalBlocker blocker(this); // one selectionChanged at most, below
        clear();
        m_axisHeader = nullptr;
        m_milestones.clear();
        m_markers.clear();
        m_bands.clear();
        m_data = TimelineData::fromPlan(m_plan, m_today);
        m_layout = TimelineLayout(m_data, m_style, m_requestedPixelsPerDay);
        setSceneRect(m_layout.bounds());
        addItems();
        if (selected.isValid())
            selectMilestone(selected);
    }
    if (selectedMilestone() != selected)
        emit selectionChanged();
    emit rebuilt();
}

void TimelineScene::addItems()
{
    for (int b = 0; b < int(m_data.bands.size()); ++b) {
        QGraphicsRectItem *fill
            = addRect(m_layout.bandRect(b), Qt::NoPen, TimelineStyle::bandFill(b));
        fill->setZValue(0);
        auto *band = new TimelinePhaseBandItem(
            m_data.bands[std::size_t(b)], b, m_layout.bandRect(b), m_style);
        band->setHeaderLeft(m_visibleTopLeft.x());
        addItem(band);
        m_bands.push_back(band);
    }
    addItem(new TimelineAxisItem(m_layout, m_style, TimelineAxisItem::Part::Grid));
    m_axisHeader = new TimelineAxisItem(m_layout, m_style, TimelineAxisItem::Part::Header);
    addItem(m_axisHeader);
    const qreal bottom = m_layout.bounds().bottom() - m_style.margin;
    for (int i = 0; i < int(m_data.markers.size()); ++i) {
        const TimelineMarker &marker = m_data.markers[std::size_t(i)];
        auto *item = new TimelineMarkerItem(marker, m_layout.x(marker.date),
            m_layout.markerRowTop(m_layout.markerRow(i)), bottom, m_layout.markerLabelLeft(i),
            m_style);
        addItem(item);
        m_markers.push_back(item);
    }
    const auto onDrop = [this](RowId id, int days) {
        m_rebuildTimer.start(); // the dropped item goes back to its place if nothing changes
        emit rescheduleRequested(id, days);
    };
    for (int i = 0; i < int(m_data.milestones.size()); ++i) {
        auto *item = new TimelineMilestoneItem(
            m_data.milestones[std::size_t(i)], m_layout.placement(i), m_layout, m_style);
        if (m_document)
            item->setDraggable(onDrop);
        addItem(item);
        m_milestones.push_back(item);
    }
}

TimelineMilestoneItem *TimelineScene::milestoneItem(RowId id) const
{
    for (TimelineMilestoneItem *item : m_milestones) {
        if (item->milestoneId() == id)
            return item;
    }
    return nullptr;
}

TimelineMarkerItem *TimelineScene::todayMarker() const
{
    for (TimelineMarkerItem *item : m_markers) {
        if (item->marker().kind == TimelineMarker::Kind::Today)
            return item;
    }
    return nullptr;
}

RowId TimelineScene::selectedMilestone() const
{
    for (TimelineMilestoneItem *item : m_milestones) {
        if (item->isSelected())
            return item->milestoneId();
    }
    return {};
}

void TimelineScene::selectMilestone(RowId id)
{
    for (TimelineMilestoneItem *item : m_milestones)
        item->setSelected(item->milestoneId() == id);
}

void TimelineScene::setVisibleTopLeft(const QPointF &topLeft)
{
    m_visibleTopLeft = topLeft;
    for (TimelinePhaseBandItem *band : m_bands)
        band->setHeaderLeft(topLeft.x());
    if (m_axisHeader)
        m_axisHeader->setY(std::max<qreal>(0, topLeft.y()));
}

} // namespace accord
