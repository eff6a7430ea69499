// SPDX-License-Identifier: GPL-3.0-or-later
// A viewer of a team workspace (the test server) opens a plan in the window:
// a banner says why it cannot be changed, typing into its fields changes
// nothing stored, the tables and the Plan menu's edits are off, and the History
// panel still shows who changed what. A CSM on the account's team, on the same
// server, edits as before.
#include "../support/testworkspace.h"

#include "document/plandocument.h"
#include "editors/planeditor.h"
#include "editors/tablesection.h"
#include "history/changehistorymodel.h"
#include "history/historypanel.h"
#include "model/plan.h"
#include "models/plantablemodel.h"
#include "storage/teamserver.h"
#include "storage/workspacebootstrap.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace accord;

namespace {

const QString kPassword = QStringLiteral("Read-only-42");

} // namespace

class TestReadOnlyPlan : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspaceLocation> m_place;
    PlanId m_plan;
    QString m_title;
    QString m_viewer;
    QString m_csm;

    // The workspace's address as another login, with its password.
    QString as(const QString &login) const
    {
        QString uri = m_place->location();
        return uri.replace(QRegularExpression(QStringLiteral("^postgresql://[^@/]*@")),
            QStringLiteral("postgresql://%1:%2@").arg(login, kPassword));
    }

    bool openWindow(MainWindow &window, const QString &login)
    {
        window.resize(1440, 900);
        window.show();
        return QTest::qWaitForWindowActive(&window) && window.openWorkspace(as(login))
            && window.openPlan(m_plan);
    }

    Plan stored() const
    {
        auto ws = m_place->open();
        return ws ? *(*ws)->loadPlan(m_plan) : Plan {};
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("ACCORD_TEST_POSTGRES").isEmpty())
            QSKIP("Needs the test server: run through tests/support/postgres/with-postgres.sh");
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_place = std::make_unique<test::TestWorkspaceLocation>(true);
        QVERIFY2(m_place->error().isEmpty(), qPrintable(m_place->error()));
        auto ws = m_place->open();
        QVERIFY2(ws, qPrintable(ws.error()));
        const Result<QString> set = TeamServer::init(m_place->address());
        QVERIFY2(set, qPrintable(set.error()));
        const QString suffix = m_place->database().right(8);
        m_viewer = QStringLiteral("vera_") + suffix;
        m_csm = QStringLiteral("carl_") + suffix;
        QVERIFY(TeamServer::addUser(m_place->address(), m_viewer, QStringLiteral("viewer"),
            kPassword, QStringLiteral("Vera Viewer")));
        QVERIFY(TeamServer::addUser(m_place->address(), m_csm, QStringLiteral("csm"), kPassword,
            QStringLiteral("Carl Stone")));
        auto sample = WorkspaceBootstrap::samplePlan(QDate::currentDate());
        QVERIFY(sample);
        auto plan = (*ws)->insertPlan(*sample);
        QVERIFY2(plan, qPrintable(plan.error()));
        m_plan = plan->id;
        m_title = plan->header.title;
        // Carl is on the account's team; the owner made one change.
        QVERIFY((*ws)->setTeam(plan->account.id, {(*ws)->team(plan->account.id)->owner, {m_csm}}));
        QVERIFY((*ws)->apply(
            m_plan, Change::set<&PlanHeader::version>(m_plan.value, QStringLiteral("2.1"))));
    }

    void cleanupTestCase()
    {
        if (!m_place)
            return;
        const QString database = m_place->database();
        m_place.reset();
        for (const QString &login : {m_viewer, m_csm}) {
            if (!login.isEmpty())
                test::serverSql({}, {QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)});
        }
    }

    void aViewerReadsAndChangesNothing()
    {
        MainWindow window;
        QVERIFY2(openWindow(window, m_viewer), qPrintable(window.lastError()));
        QVERIFY(window.document()->isReadOnly());
        PlanEditor *editor = window.editor();

        // The banner says why, in the words the server's roles give.
        auto *banner = editor->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(
            banner->text().startsWith(QStringLiteral("You can read this plan but not change it: ")),
            qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(m_viewer) && banner->text().contains(u"viewer"),
            qPrintable(banner->text()));
        QCOMPARE(editor->readOnlyText(), banner->text());

        // Typing into the title changes nothing, here or on the server; its text
        // can still be selected.
        QVERIFY(editor->showPage(QStringLiteral("overview")));
        auto *title = editor->findChild<QLineEdit *>(QStringLiteral("plan.title"));
        QVERIFY(title);
        QTRY_VERIFY(title->isVisible());
        QVERIFY(title->isEnabled() && title->isReadOnly());
        QTest::mouseClick(title, Qt::LeftButton);
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClick(title, Qt::Key_End);
        QTest::keyClicks(title, QStringLiteral(" (edited by Vera)"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(title->text(), m_title);
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(title->selectedText(), m_title);
        QTest::keyClick(title, Qt::Key_Tab);
        QCOMPARE(window.document()->plan().header.title, m_title);
        QCOMPARE(stored().header.title, m_title);
        // Choices, numbers and dates cannot be used; paragraphs can be read.
        for (QComboBox *combo : editor->page(editor->currentPage())->findChildren<QComboBox *>())
            QVERIFY2(!combo->isEnabled(), qPrintable(combo->objectName()));
        for (auto *text : editor->page(editor->currentPage())->findChildren<QPlainTextEdit *>())
            QVERIFY2(text->isReadOnly(), qPrintable(text->objectName()));

        // A table: no editor opens, no row is added, the buttons are off.
        QVERIFY(editor->showPage(QStringLiteral("roadmap")));
        auto *milestones = editor->page(editor->currentPage())
                               ->findChild<TableSection *>(tableOf<Milestone>().name());
        QVERIFY(milestones);
        QTRY_VERIFY(milestones->isVisible());
        QTableView *view = milestones->view();
        QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
        const int rows = milestones->model()->rowCount();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(milestones->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Insert);
        QTest::keyClick(view, Qt::Key_Delete);
        QTest::keyClick(view, Qt::Key_F2);
        QTest::keyClicks(view, QStringLiteral("Renamed"));
        const QRect first = view->visualRect(milestones->model()->index(0, 0));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(milestones->model()->rowCount(), rows);
        QVERIFY(!view->findChild<QLineEdit *>());
        for (QToolButton *button : milestones->findChildren<QToolButton *>())
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QCOMPARE(stored().milestones.size(), window.document()->plan().milestones.size());
        QCOMPARE(
            stored().milestones.front().name, window.document()->plan().milestones.front().name);

        // The Plan menu: deleting, archiving, signing off are not offered.
        for (const char *name : {"actionDeletePlan", "actionArchivePlan", "actionRecordSignOff"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && !action->isEnabled(), name);
            QVERIFY(action->toolTip().contains(m_viewer));
        }

        // Plan ▸ History still shows who changed what.
        auto *history = window.findChild<QAction *>(QStringLiteral("historyAction"));
        QVERIFY(history && history->isEnabled());
        history->trigger();
        auto *panel = window.findChild<HistoryPanel *>();
        QTRY_VERIFY(panel && panel->isVisible());
        const ChangeHistoryModel *model = panel->model();
        QTRY_COMPARE(model->totalCount(), 3); // created, the team, the version
        QVERIFY2(model->index(0, ChangeHistoryModel::What)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("Changed Version from ")),
            qPrintable(model->index(0, ChangeHistoryModel::What).data().toString()));
        QCOMPARE(model->entry(0).login, QStringLiteral("accord_test"));
        QCOMPARE(model->entry(model->rowCount() - 1).kind, ChangeEntry::Kind::Create);
        QCOMPARE(int(window.workspace()->history(m_plan)->size()), 3);
    }

    // Someone on the account's team is not held back by any of it.
    void aTeamMemberEdits()
    {
        MainWindow window;
        QVERIFY2(openWindow(window, m_csm), qPrintable(window.lastError()));
        QVERIFY(!window.document()->isReadOnly());
        PlanEditor *editor = window.editor();
        QVERIFY(editor->readOnlyText().isEmpty());
        QVERIFY(!editor->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(editor->showPage(QStringLiteral("overview")));
        auto *title = editor->findChild<QLineEdit *>(QStringLiteral("plan.title"));
        QTRY_VERIFY(title->isVisible());
        QVERIFY(!title->isReadOnly());
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Carl's plan"));
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_COMPARE(stored().header.title, QStringLiteral("Carl's plan"));
        // A CSM may change the plan but not delete it.
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionArchivePlan"))->isEnabled());
        auto *remove = window.findChild<QAction *>(QStringLiteral("actionDeletePlan"));
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QStringLiteral("Only a manager")),
            qPrintable(remove->toolTip()));
    }
};

QTEST_MAIN(TestReadOnlyPlan)
#include "tst_readonlyplan.moc"
