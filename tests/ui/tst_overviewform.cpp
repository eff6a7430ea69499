// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview's forms: one contract value, and undo that brings a field back.
#include "document/plandocument.h"
#include "editors/planeditor.h"
#include "model/plan.h"
#include "storage/sqliteworkspace.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <tuple>

using namespace accord;

class TestOverviewForm : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    Plan stored(PlanId id)
    {
        auto ws = SqliteWorkspace::open(m_path);
        return ws ? *(*ws)->loadPlan(id) : Plan {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("overview.accord"));
        auto ws = SqliteWorkspace::open(m_path);
        QVERIFY(ws);
        Plan plan;
        plan.account.company = QStringLiteral("Initech");
        plan.header.title = QStringLiteral("Initech success plan");
        plan.account.arrText = QStringLiteral("$150,000"); // as written in an imported plan
        for (const auto &[month, investment, benefits] :
            {std::tuple {1, 50000, 0}, std::tuple {3, 10000, 15000}, std::tuple {12, 0, 60000}}) {
            RoiPeriod period;
            period.id = RowId(month);
            period.month = month;
            period.investment = Money {qint64(investment) * 100, QStringLiteral("USD")};
            period.benefits = Money {qint64(benefits) * 100, QStringLiteral("USD")};
            plan.roiPeriods.push_back(period);
        }
        QVERIFY((*ws)->insertPlan(plan));
    }

    void undoBringsTheFieldIntoView()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("overview")));
        auto *industry = editor->findChild<QLineEdit *>(QStringLiteral("account.industry"));
        QVERIFY(industry);
        const QString before = window.document()->plan().account.industry;
        industry->setFocus();
        industry->selectAll();
        QTest::keyClicks(industry, QStringLiteral("Paper products"));
        QTest::keyClick(industry, Qt::Key_Return);
        QTRY_COMPARE(
            stored(window.document()->id()).account.industry, QStringLiteral("Paper products"));
        // Elsewhere in the plan, Ctrl+Z: the Overview comes back with the field focused.
        QVERIFY(editor->showPage(QStringLiteral("risks")));
        QTest::keyClick(editor->page(editor->currentPage()), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(stored(window.document()->id()).account.industry, before);
        QCOMPARE(editor->pageId(editor->currentPage()), QStringLiteral("overview"));
        QTRY_COMPARE(QApplication::focusWidget(), industry);
        QCOMPARE(industry->text(), before);
    }

    void theContractValueIsOneField()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("overview")));
        QWidget *page = editor->page(editor->currentPage());
        // One amount to edit; the text as written in the imported plan is its tooltip.
        QVERIFY(!page->findChild<QWidget *>(QStringLiteral("account.arr_text")));
        auto *arr = page->findChild<QWidget *>(QStringLiteral("account.arr"));
        QVERIFY(arr);
        QVERIFY2(arr->toolTip().contains(QStringLiteral("$150,000")), qPrintable(arr->toolTip()));
    }

    void internalFieldsAreMarked()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("overview")));
        QWidget *page = editor->page(editor->currentPage());
        // The account's tier is the vendor's own view; its industry is shared.
        QStringList marked;
        for (const QLabel *label : page->findChildren<QLabel *>(QStringLiteral("internalLabel"))) {
            marked << label->text();
            QVERIFY(label->toolTip().contains(QStringLiteral("customer")));
        }
        QVERIFY2(marked.contains(QStringLiteral("Account tier (internal):")),
            qPrintable(marked.join(u'|')));
        QVERIFY(!marked.join(u'|').contains(QStringLiteral("Industry")));
        auto *tier = page->findChild<QWidget *>(QStringLiteral("account.tier"));
        QVERIFY(tier);
        // The mark is the label of the tier's own editor (Alt+letter focuses it).
        const QLabel *tierLabel = nullptr;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy() == tier)
                tierLabel = label;
        }
        QVERIFY(tierLabel);
        QCOMPARE(tierLabel->text(), QStringLiteral("Account tier (internal):"));
    }

    void theValuePageWorksOutTheRoi()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("value")));
        QWidget *page = editor->page(editor->currentPage());
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("roiTable"));
        auto *headline = page->findChild<QLabel *>(QStringLiteral("roiHeadline"));
        QVERIFY(table && headline);
        const auto row = [table](int r) {
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells << table->item(r, c)->text();
            return cells.join(u'|');
        };
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(row(1), QStringLiteral("Month 3|$10,000|$15,000|$5,000|-$45,000"));
        QCOMPARE(row(3), QStringLiteral("Total|$60,000|$75,000|$15,000|"));
        QCOMPARE(
            headline->text(), QStringLiteral("Return on investment: 25 % · paid back in month 12"));
        // An edit of the timeline (undoable, like any) is worked out at once.
        QVERIFY(window.document()->set<&RoiPeriod::benefits>(
            RowId(3), Money {40000 * 100, QStringLiteral("USD")}));
        QCOMPARE(row(1), QStringLiteral("Month 3|$10,000|$40,000|$30,000|-$20,000"));
        QCOMPARE(headline->text(),
            QStringLiteral("Return on investment: 66.7 % · paid back in month 12"));
        window.document()->undoStack()->undo();
        QCOMPARE(row(3), QStringLiteral("Total|$60,000|$75,000|$15,000|"));
        auto *chart = page->findChild<QWidget *>(QStringLiteral("roiChart"));
        QVERIFY(chart && !chart->isHidden());
    }
};

QTEST_MAIN(TestOverviewForm)
#include "tst_overviewform.moc"
