// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/documentfixture.h"
#include "document/plandocument.h"
#include "palette.h"
#include "storage/sqliteworkspace.h"
#include "timeline/timelinemarkeritem.h"
#include "timeline/timelinemilestoneitem.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelinescene.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2026, 2, 15);
const QDate kRenewal(2026, 8, 1);
const QDate kKickoffStart(2026, 3, 2);
const QDate kKickoffTarget(2026, 3, 20);
constexpr qint64 kKickoff = 1;
constexpr qint64 kGoLive = 2;
constexpr qint64 kTraining = 3;
constexpr qint64 kAdoption = 4;

Milestone milestone(qint64 id, qint64 phase, const QString &name, const QString &owner, QDate start,
    QDate target, TaskStatus status)
{
    Milestone m;
    m.id = RowId(id);
    m.phase = PhaseId(phase);
    m.name = name;
    m.owner = owner;
    m.start = start;
    m.targetDate = target;
    m.status = status;
    return m;
}

Plan timelinePlan()
{
    Plan plan;
    plan.account.company = QStringLiteral("Timeline Test Inc");
    plan.account.contractStart = QDate(2025, 8, 1);
    plan.account.renewalDate = kRenewal;
    plan.header.title = QStringLiteral("Timeline");
    plan.header.nextReview = QDate(2026, 5, 1);
    plan.phases
        = {Phase {PhaseId(1), QStringLiteral("Onboard"), QStringLiteral("Months 1-3"), {}, {}},
            Phase {PhaseId(2), QStringLiteral("Adopt"), QStringLiteral("Months 4-12"), {}, {}}};
    plan.milestones = {
        milestone(kKickoff, 1, QStringLiteral("Kickoff workshop"), QStringLiteral("Sarah Chen"),
            kKickoffStart, kKickoffTarget, TaskStatus::Pending),
        milestone(kGoLive, 1, QStringLiteral("Go live"), QStringLiteral("Mike Torres"), QDate(),
            QDate(2026, 9, 15), TaskStatus::Pending),
        milestone(kTraining, 2, QStringLiteral("Training"), QStringLiteral("Lisa Park"),
            QDate(2025, 10, 1), QDate(2025, 11, 1), TaskStatus::Complete),
        milestone(kAdoption, 2, QStringLiteral("Adoption 50%"), QStringLiteral("Jane Smith"),
            QDate(), QDate(2026, 6, 1), TaskStatus::InProgress),
    };
    plan.milestones[2].actualDate = QDate(2025, 11, 3);
    Review review;
    review.id = ReviewId(1);
    review.date = QDate(2025, 11, 1);
    review.kind = ReviewKind::Qbr;
    plan.reviews = {review};
    return plan;
}

const Milestone *findMilestone(const Plan &plan, qint64 id)
{
    for (const Milestone &m : plan.milestones) {
        if (m.id.value == id)
            return &m;
    }
    return nullptr;
}

void sendMouse(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)),
        type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// Presses on the milestone's bar, moves the mouse in steps by `pixels` and releases.
void drag(TimelineView *view, const TimelineMilestoneItem *item, int pixels)
{
    QWidget *viewport = view->viewport();
    const QPoint from = view->mapFromScene(item->sceneBarRect().center());
    const QPoint to = from + QPoint(pixels, 0);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 4; ++step)
        sendMouse(viewport, QEvent::MouseMove, from + QPoint(pixels * step / 4, 0), Qt::LeftButton);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private:
    test::DocumentFixture m_fixture;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<TimelinePanel> m_panel;

    TimelineScene *scene() const { return m_panel->scene(); }
    TimelineView *view() const { return m_panel->view(); }

    // The plan as a second connection to the workspace file reads it.
    Plan persisted()
    {
        auto reopened = m_fixture.place->open();
        if (!reopened)
            qFatal("%s", qPrintable(reopened.error()));
        auto plan = (*reopened)->loadPlan(m_doc->id());
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        return plan.value();
    }

private slots:
    void init()
    {
        m_panel.reset();
        m_doc.reset();
        QVERIFY(m_fixture.reset());
        auto stored = m_fixture.ws->insertPlan(timelinePlan());
        QVERIFY2(stored, qPrintable(stored.error()));
        m_doc = std::make_unique<PlanDocument>(*m_fixture.ws, stored.value());
        m_panel = std::make_unique<TimelinePanel>(m_doc.get());
        m_panel->setToday(kToday);
        m_panel->resize(1400, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_doc.reset();
    }

    void dragReschedulesAndUndoRestores()
    {
        const int days = 9;
        TimelineMilestoneItem *item = scene()->milestoneItem(RowId(kKickoff));
        QVERIFY(item);
        QVERIFY(item->isDraggable());
        const qreal ppd = view()->pixelsPerDay();
        QVERIFY2(ppd > 1.5, "days wide enough to hit with whole pixels");
        drag(view(), item, int(std::lround(days * ppd)));

        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->text(0), QStringLiteral("Reschedule Kickoff workshop"));
        const Milestone *now = findMilestone(m_doc->plan(), kKickoff);
        QCOMPARE(now->start, kKickoffStart.addDays(days));
        QCOMPARE(now->targetDate, kKickoffTarget.addDays(days));
        const Plan stored = persisted();
        QCOMPARE(findMilestone(stored, kKickoff)->start, kKickoffStart.addDays(days));
        QCOMPARE(findMilestone(stored, kKickoff)->targetDate, kKickoffTarget.addDays(days));

        // The scene follows the document: the bar now spans the new dates.
        const TimelineLayout &layout = scene()->layout();
        QTRY_COMPARE(scene()->milestoneItem(RowId(kKickoff))->sceneBarRect().left(),
            layout.x(kKickoffStart.addDays(days)));
        QCOMPARE(scene()->milestoneItem(RowId(kKickoff))->sceneBarRect().right(),
            scene()->layout().x(kKickoffTarget.addDays(days)));

        m_doc->undoStack()->undo();
        QCOMPARE(findMilestone(m_doc->plan(), kKickoff)->start, kKickoffStart);
        QCOMPARE(findMilestone(m_doc->plan(), kKickoff)->targetDate, kKickoffTarget);
        const Plan restored = persisted();
        QCOMPARE(findMilestone(restored, kKickoff)->start, kKickoffStart);
        QCOMPARE(findMilestone(restored, kKickoff)->targetDate, kKickoffTarget);
        QTRY_COMPARE(scene()->milestoneItem(RowId(kKickoff))->sceneBarRect().left(),
            scene()->layout().x(kKickoffStart));
    }

    void dragBackwardsAndOfADiamond()
    {
        const qreal ppd = view()->pixelsPerDay();
        drag(view(), scene()->milestoneItem(RowId(kKickoff)), -int(std::lround(20 * ppd)));
        QCOMPARE(findMilestone(m_doc->plan(), kKickoff)->start, kKickoffStart.addDays(-20));
        QCOMPARE(findMilestone(m_doc->plan(), kKickoff)->targetDate, kKickoffTarget.addDays(-20));
        QTRY_COMPARE(scene()->milestoneItem(RowId(kKickoff))->sceneBarRect().left(),
            scene()->layout().x(kKickoffStart.addDays(-20)));
        drag(view(), scene()->milestoneItem(RowId(kAdoption)), int(std::lround(5 * ppd)));
        const Plan stored = persisted();
        const Milestone *adoption = findMilestone(stored, kAdoption);
        QVERIFY(!adoption->start.isValid()); // a date that was not set stays unset
        QCOMPARE(adoption->targetDate, QDate(2026, 6, 6));
        QCOMPARE(m_doc->undoStack()->count(), 2);
    }

    void zeroDayDragChangesNothing()
    {
        TimelineMilestoneItem *item = scene()->milestoneItem(RowId(kKickoff));
        const qreal ppd = view()->pixelsPerDay();
        drag(view(), item, int(std::floor(ppd * 0.4))); // less than half a day
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(findMilestone(m_doc->plan(), kKickoff)->start, kKickoffStart);
        QTRY_COMPARE(scene()->milestoneItem(RowId(kKickoff))->sceneBarRect().left(),
            scene()->layout().x(kKickoffStart));
    }

    void refusedDragChangesNothing()
    {
        // Work began two days after the start: the start cannot move past that day.
        QVERIFY(m_doc->set<&Milestone::actualDate>(kKickoff, kKickoffStart.addDays(2)));
        QTRY_VERIFY(scene()->milestoneItem(RowId(kKickoff))->data().milestone.actualDate.isValid());
        QSignalSpy refused(m_doc.get(), &PlanDocument::error);
        drag(view(), scene()->milestoneItem(RowId(kKickoff)),
            int(std::lround(9 * view()->pixelsPerDay())));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(m_doc->undoStack()->count(), 1); // only the actual date
        const Plan stored = persisted();
        QCOMPARE(findMilestone(stored, kKickoff)->start, kKickoffStart);
        QCOMPARE(findMilestone(stored, kKickoff)->targetDate, kKickoffTarget);
        QTRY_COMPARE(scene()->milestoneItem(RowId(kKickoff))->sceneBarRect().left(),
            scene()->layout().x(kKickoffStart));
    }

    void closedMilestonesDoNotMove()
    {
        TimelineMilestoneItem *item = scene()->milestoneItem(RowId(kTraining));
        QVERIFY(item);
        QVERIFY(!item->isDraggable());
        drag(view(), item, int(std::lround(10 * view()->pixelsPerDay())));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void flagsMilestonesAfterRenewal()
    {
        const TimelineMilestoneItem *goLive = scene()->milestoneItem(RowId(kGoLive));
        QVERIFY(goLive->isPastRenewal());
        QVERIFY(goLive->toolTip().contains(QStringLiteral("after the renewal date")));
        QVERIFY(goLive->toolTip().contains(QStringLiteral("Mike Torres")));
        const TimelineMilestoneItem *adoption = scene()->milestoneItem(RowId(kAdoption));
        QVERIFY(!adoption->isPastRenewal());
        QVERIFY(!adoption->toolTip().contains(QStringLiteral("renewal")));

        // Moving the renewal before the adoption milestone flags it too.
        QVERIFY(
            m_doc->set<&Account::renewalDate>(m_doc->plan().account.id.value, QDate(2026, 5, 1)));
        QTRY_VERIFY(scene()->milestoneItem(RowId(kAdoption))->isPastRenewal());
    }

    void overdueMilestoneForecastsToday()
    {
        QVERIFY(m_doc->set<&Milestone::targetDate>(kAdoption, kToday.addDays(-10)));
        QTRY_VERIFY(scene()->milestoneItem(RowId(kAdoption))->isOverdue());
        const TimelineMilestoneItem *item = scene()->milestoneItem(RowId(kAdoption));
        QCOMPARE(item->data().forecast, kToday);
        QCOMPARE(item->fillColor(), Palette::overdue());
    }

    void zoomKeysChangeTheScale()
    {
        const qreal fitted = view()->pixelsPerDay();
        QCOMPARE(fitted, scene()->fitPixelsPerDay(view()->viewport()->width()));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view()->pixelsPerDay(), fitted * 1.25);
        QTest::keyClick(view(), Qt::Key_Plus);
        QCOMPARE(view()->pixelsPerDay(), fitted * 1.25 * 1.25);
        QTest::keyClick(view(), Qt::Key_Minus);
        QCOMPARE(view()->pixelsPerDay(), fitted * 1.25);
        QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view()->pixelsPerDay(), fitted);
        QTest::keyClick(view(), Qt::Key_Plus);
        QTest::keyClick(view(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view()->pixelsPerDay(), fitted);
        m_panel->zoomInAction()->trigger();
        QCOMPARE(view()->pixelsPerDay(), fitted * 1.25);
        m_panel->fitAction()->trigger();
        QCOMPARE(view()->pixelsPerDay(), fitted);
    }

    void ctrlWheelZoomsAroundTheMouse()
    {
        const QPoint at(700, 300);
        const double dayBefore = scene()->layout().dayAt(view()->mapToScene(at).x());
        const qreal before = view()->pixelsPerDay();
        QWheelEvent wheel(QPointF(at), QPointF(view()->viewport()->mapToGlobal(at)), QPoint(),
            QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view()->viewport(), &wheel);
        QVERIFY(view()->pixelsPerDay() > before * 1.5);
        const double dayAfter = scene()->layout().dayAt(view()->mapToScene(at).x());
        QVERIFY2(std::abs(dayAfter - dayBefore) < 1.0,
            qPrintable(QStringLiteral("%1 vs %2").arg(dayBefore).arg(dayAfter)));
    }

    void layoutMatchesDates()
    {
        const TimelineLayout &layout = scene()->layout();
        const TimelineMarkerItem *today = scene()->todayMarker();
        QVERIFY(today);
        QCOMPARE(today->lineX(), layout.x(kToday));
        QVERIFY(layout.firstDate() <= QDate(2025, 8, 1)); // the contract start
        QVERIFY(layout.lastDate() > QDate(2026, 9, 15)); // the latest milestone
        const QRectF bar = scene()->milestoneItem(RowId(kKickoff))->sceneBarRect();
        QCOMPARE(bar.left(), layout.x(kKickoffStart));
        QCOMPARE(bar.right(), layout.x(kKickoffTarget));
        QCOMPARE(layout.x(kKickoffTarget) - layout.x(kKickoffStart), 18 * layout.pixelsPerDay());
        const QRectF diamond = scene()->milestoneItem(RowId(kAdoption))->sceneBarRect();
        QCOMPARE(diamond.center().x(), layout.x(QDate(2026, 6, 1)));
        // Milestones sit inside the band of their phase, below the markers.
        QVERIFY(layout.bandRect(0).contains(bar.center()));
        QVERIFY(layout.bandRect(1).contains(diamond.center()));
        QVERIFY(bar.top() > layout.markersBottom());
        QCOMPARE(
            scene()->data().bands[1].detail, QStringLiteral("Months 4-12 · 50% complete (1 of 2)"));
        QStringList markers;
        for (const TimelineMarkerItem *m : scene()->markerItems())
            markers << m->marker().label;
        QCOMPARE(markers.size(), 4); // a QBR, today, the next review, the renewal
        QCOMPARE(markers[1], QStringLiteral("Today"));
    }

    void clickSelectsAndDoubleClickAsksToEdit()
    {
        QSignalSpy selected(view(), &TimelineView::milestoneSelected);
        QSignalSpy edit(m_panel.get(), &TimelinePanel::editMilestoneRequested);
        const QPoint at
            = view()->mapFromScene(scene()->milestoneItem(RowId(kGoLive))->sceneBarRect().center());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).value<RowId>(), RowId(kGoLive));
        QCOMPARE(scene()->selectedMilestone(), RowId(kGoLive));
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.at(0).at(0).value<RowId>(), RowId(kGoLive));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
