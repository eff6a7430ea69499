// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "health/healthpanel.h"
#include "health/healthscoretile.h"
#include "storage/sqliteworkspace.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2026, 5, 1);

// Engagement 30 × 80, Delivery 30 × 60 (measures milestones), Satisfaction 40 × 90 = 78.
Plan healthPlan()
{
    Plan p;
    p.account.company = QStringLiteral("Globex");
    p.header.title = QStringLiteral("Globex plan");
    p.header.yellowAction = QStringLiteral("Increase touchpoints");
    p.header.greenAction = QStringLiteral("Maintain engagement");
    const auto component = [](qint64 id, const char *name, int weight, int score, const char *m) {
        HealthComponent c;
        c.id = RowId(id);
        c.name = QString::fromLatin1(name);
        c.weight = weight;
        c.score = score;
        c.metrics = QString::fromLatin1(m);
        return c;
    };
    p.healthComponents = {component(1, "Engagement", 30, 80, "Logins"),
        component(2, "Delivery", 30, 60, "Milestones on time"),
        component(3, "Satisfaction", 40, 90, "NPS")};
    for (qint64 id = 1; id <= 4; ++id) {
        Milestone m;
        m.id = RowId(id);
        m.name = QStringLiteral("Milestone %1").arg(id);
        m.targetDate = QDate(2026, 4, 1).addDays(id * 10);
        m.status = id <= 2 ? TaskStatus::Complete : TaskStatus::Pending;
        p.milestones.push_back(m);
    }
    return p;
}

} // namespace

class TestHealthPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspace> m_ws;
    std::unique_ptr<PlanDocument> m_doc;

    Plan stored() { return *m_ws->loadPlan(m_doc->id()); }

private slots:
    void init()
    {
        auto ws = SqliteWorkspace::open(m_dir.filePath(
            QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".accord")));
        QVERIFY(ws);
        m_ws = std::move(*ws);
        auto plan = m_ws->insertPlan(healthPlan());
        QVERIFY(plan);
        m_doc = std::make_unique<PlanDocument>(*m_ws, *plan);
    }

    void cleanup()
    {
        m_doc.reset();
        m_ws.reset();
    }

    void showsScoreContributionsAndAction()
    {
        HealthPanel panel(m_doc.get());
        panel.setToday(kToday);
        auto tiles = panel.findChildren<HealthScoreTile *>();
        QCOMPARE(tiles.size(), 2);
        QCOMPARE(tiles[0]->text(), QStringLiteral("Health score: 78 · At risk"));
        auto *table = panel.findChild<QTableWidget *>(QStringLiteral("healthComponents"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Engagement"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("24.0 pts"));
        QCOMPARE(table->item(2, 4)->text(), QStringLiteral("36.0 pts"));
        auto *action = panel.findChild<QLabel *>(QStringLiteral("healthAction"));
        QCOMPARE(action->text(), QStringLiteral("Action: Increase touchpoints"));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("applyWhatIf"))->isEnabled());
    }

    void whatIfScoreDoesNotTouchThePlanUntilApplied()
    {
        HealthPanel panel(m_doc.get());
        panel.setToday(kToday);
        auto *table = panel.findChild<QTableWidget *>(QStringLiteral("healthComponents"));
        auto *spin = qobject_cast<QSpinBox *>(table->cellWidget(0, 3));
        QVERIFY(spin);
        spin->setValue(100); // Engagement 80 → 100: 78 → 84
        auto tiles = panel.findChildren<HealthScoreTile *>();
        QTRY_COMPARE(tiles[1]->text(), QStringLiteral("What-if: 84 · Healthy +6"));
        QCOMPARE(tiles[0]->text(), QStringLiteral("Health score: 78 · At risk"));
        QCOMPARE(stored().healthComponents[0].score.value(), 80);
        QCOMPARE(m_doc->undoStack()->count(), 0);

        auto *apply = panel.findChild<QPushButton *>(QStringLiteral("applyWhatIf"));
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(stored().healthComponents[0].score.value(), 100);
        QTRY_COMPARE(tiles[0]->text(), QStringLiteral("Health score: 84 · Healthy"));
        QVERIFY(panel.whatIf().isEmpty());

        m_doc->undoStack()->undo();
        QCOMPARE(stored().healthComponents[0].score.value(), 80);
        QTRY_COMPARE(tiles[0]->text(), QStringLiteral("Health score: 78 · At risk"));
    }

    void closingMilestonesLiftsMilestoneComponents()
    {
        HealthPanel panel(m_doc.get());
        panel.setToday(kToday);
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("whatIfMilestones"));
        QCOMPARE(list->count(), 2); // the two open milestones
        list->item(0)->setCheckState(Qt::Checked);
        list->item(1)->setCheckState(Qt::Checked);
        // Completion 50 % → 100 %: Delivery 60 → 100, score 78 → 90.
        auto tiles = panel.findChildren<HealthScoreTile *>();
        QTRY_COMPARE(tiles[1]->text(), QStringLiteral("What-if: 90 · Healthy +12"));
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("applyWhatIf"))->isEnabled());
        QVERIFY(panel.applyWhatIf());
        QCOMPARE(m_doc->undoStack()->count(), 1); // one undoable step
        const Plan plan = stored();
        QCOMPARE(plan.milestones[2].status, TaskStatus::Complete);
        QCOMPARE(plan.milestones[3].actualDate, kToday);
        QCOMPARE(plan.healthComponents[1].score.value(), 100);
        QTRY_COMPARE(list->count(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(stored().milestones[2].status, TaskStatus::Pending);
        QCOMPARE(stored().healthComponents[1].score.value(), 60);
    }

    void resetDropsTheHypothesis()
    {
        HealthPanel panel(m_doc.get());
        panel.setWhatIfScore(3, 10);
        QTRY_VERIFY(!panel.whatIf().isEmpty());
        panel.resetWhatIf();
        QVERIFY(panel.whatIf().isEmpty());
        QVERIFY(panel.evaluation().changes.empty());
    }
};

QTEST_MAIN(TestHealthPanel)
#include "tst_healthpanel.moc"
