// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Find in plans, driven by keys and the mouse: hits in every plan, each
// opening its plan at the field.
#include "document/plandocument.h"
#include "editors/planeditor.h"
#include "editors/tablesection.h"
#include "model/plan.h"
#include "models/plantablemodel.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacebootstrap.h"
#include "window/finddialog.h"
#include "window/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace accord;

class TestFindInPlans : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    PlanId m_sample;
    PlanId m_other;

    // The window on the workspace (and on a plan, if one is given), then Ctrl+F.
    FindDialog *openFind(MainWindow &window, PlanId plan)
    {
        window.resize(1440, 900);
        window.show();
        if (!QTest::qWaitForWindowActive(&window) || !window.openWorkspace(m_path)
            || (plan.value && !window.openPlan(plan)))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *find = window.findChild<FindDialog *>();
        if (find)
            (void)QTest::qWaitFor([find] { return find->isVisible(); }, 2000);
        return find && find->isVisible() ? find : nullptr;
    }

    static void type(FindDialog *find, const QString &text)
    {
        auto *query = find->findChild<QLineEdit *>(QStringLiteral("findQuery"));
        query->selectAll();
        QTest::keyClicks(query, text);
    }

    static QTreeWidgetItem *hitWhere(FindDialog *find, const QString &prefix)
    {
        QTreeWidget *tree = find->results();
        for (int p = 0; p < tree->topLevelItemCount(); ++p) {
            for (int i = 0; i < tree->topLevelItem(p)->childCount(); ++i) {
                QTreeWidgetItem *item = tree->topLevelItem(p)->child(i);
                if (item->text(0).startsWith(prefix))
                    return item;
            }
        }
        return nullptr;
    }

    static void doubleClick(QTreeWidget *tree, QTreeWidgetItem *item)
    {
        tree->scrollToItem(item);
        const QRect rect = tree->visualItemRect(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    }

    // The table cell that has the focus: its table, row id and field.
    static std::tuple<const PlanTable *, qint64, FieldRef> focusedCell()
    {
        auto *view = qobject_cast<QTableView *>(QApplication::focusWidget());
        if (!view)
            return {};
        auto *model = qobject_cast<PlanTableModel *>(view->model());
        const QModelIndex cell = view->currentIndex();
        if (!model || !cell.isValid())
            return {};
        return {&model->table(), model->rowId(cell.row()), model->field(cell.column())};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("find.accord"));
        auto ws = SqliteWorkspace::open(m_path);
        QVERIFY(ws);
        auto sample = WorkspaceBootstrap::samplePlan(QDate(2026, 11, 30));
        QVERIFY(sample);
        auto stored = (*ws)->insertPlan(*sample);
        QVERIFY(stored);
        m_sample = stored->id;
        Plan other;
        other.account.company = QStringLiteral("Globex");
        other.header.title = QStringLiteral("Globex rollout");
        Milestone m;
        m.id = RowId(1);
        m.name = QStringLiteral("Scheduling pilot with the night shift");
        other.milestones.push_back(m);
        auto second = (*ws)->insertPlan(other);
        QVERIFY(second);
        m_other = second->id;
    }

    void hitsOfEveryPlanOpenAtTheField()
    {
        MainWindow window;
        FindDialog *find = openFind(window, m_sample);
        QVERIFY(find);
        type(find, QStringLiteral("scheduling"));
        QTRY_VERIFY(find->results()->topLevelItemCount() == 2); // both plans
        auto *summary = find->findChild<QLabel *>(QStringLiteral("findSummary"));
        QVERIFY2(
            summary->text().contains(QStringLiteral("in 2 plans")), qPrintable(summary->text()));

        // The other plan's milestone: its plan opens on the roadmap, at the name.
        QTreeWidgetItem *pilot = hitWhere(find, QStringLiteral("Milestones · Scheduling pilot"));
        QVERIFY(pilot);
        doubleClick(find->results(), pilot);
        QTRY_COMPARE(window.document()->id(), m_other);
        QTRY_VERIFY(std::get<0>(focusedCell()) == &tableOf<Milestone>());
        QCOMPARE(std::get<1>(focusedCell()), 1);
        QVERIFY(std::get<2>(focusedCell()) == fieldOf<&Milestone::name>());
    }

    void aRowOfAFollowingTableIsReachedThroughItsMaster()
    {
        MainWindow window;
        FindDialog *find = openFind(window, m_other);
        QVERIFY(find);
        // A metric of another outcome than the first: its outcome is selected first.
        Plan sample = *window.workspace()->loadPlan(m_sample);
        const auto of = std::find_if(sample.metrics.rbegin(), sample.metrics.rend(),
            [&](const Metric &m) { return m.outcome.value && m.outcome != sample.outcomes[0].id; });
        QVERIFY(of != sample.metrics.rend());
        const Metric metric = *of;
        type(find, metric.name);
        QTRY_VERIFY(hitWhere(find, QStringLiteral("Metrics · ") + metric.name));
        doubleClick(find->results(), hitWhere(find, QStringLiteral("Metrics · ") + metric.name));
        QTRY_COMPARE(window.document()->id(), m_sample);
        QTRY_VERIFY(std::get<0>(focusedCell()) == &tableOf<Metric>());
        QCOMPARE(std::get<1>(focusedCell()), metric.id.value);
    }

    void aFormFieldIsFocused()
    {
        MainWindow window;
        FindDialog *find = openFind(window, m_sample);
        QVERIFY(find);
        type(find, QStringLiteral("globex"));
        QTest::keyClick(find->findChild<QLineEdit *>(QStringLiteral("findQuery")), Qt::Key_Return);
        // Enter opens the first hit: the other plan's title, on the Overview.
        QTRY_COMPARE(window.document()->id(), m_other);
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("plan.title"));
    }

    void nothingFoundSaysSo()
    {
        MainWindow window;
        FindDialog *find = openFind(window, PlanId());
        QVERIFY(find);
        type(find, QStringLiteral("zebra crossing"));
        auto *summary = find->findChild<QLabel *>(QStringLiteral("findSummary"));
        QTRY_VERIFY(summary->text().startsWith(QStringLiteral("Nothing found")));
        QCOMPARE(find->results()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestFindInPlans)
#include "tst_findinplans.moc"
