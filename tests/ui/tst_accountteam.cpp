// SPDX-License-Identifier: GPL-3.0-or-later
// Plan ▸ Account team, driven by keys on a workspace file: the owner and team
// typed into the dialog are stored, entered in the plan's history, and shown
// again the next time; Cancel stores nothing.
#include "../support/fullplan.h"
#include "../support/testworkspace.h"

#include "storage/workspacebootstrap.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace accord;

class TestAccountTeam : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspaceLocation> m_place;
    PlanId m_plan;
    AccountId m_account;

    // Opens Plan ▸ Account team and, while it is open, runs with on the dialog.
    static bool withDialog(MainWindow &window, const std::function<void(QDialog *)> &with)
    {
        auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("planMenu"));
        auto *action = window.findChild<QAction *>(QStringLiteral("accountTeamAction"));
        if (!menu || !action || !menu->actions().contains(action) || !action->isEnabled())
            return false;
        bool ran = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ran = true;
            with(dialog);
            if (dialog->isVisible()) // a failed check must not leave it waiting
                dialog->reject();
        });
        action->trigger();
        return ran;
    }

    AccountTeam stored() const
    {
        auto ws = m_place->open();
        return ws ? *(*ws)->team(m_account) : AccountTeam {QStringLiteral("?"), {}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_place = std::make_unique<test::TestWorkspaceLocation>(false);
        auto ws = m_place->open();
        QVERIFY2(ws, qPrintable(ws.error()));
        auto plan = (*ws)->insertPlan(test::fullPlan(1));
        QVERIFY(plan);
        m_plan = plan->id;
        m_account = plan->account.id;
    }

    void theTeamTypedIsStored()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_place->location()) && window.openPlan(m_plan));
        const AccountTeam before = stored();
        QVERIFY(withDialog(window, [](QDialog *dialog) {
            auto *owner = dialog->findChild<QLineEdit *>(QStringLiteral("teamOwner"));
            QVERIFY(owner && !owner->isReadOnly());
            owner->selectAll();
            QTest::keyClicks(owner, QStringLiteral("lisa"));
            auto *members = dialog->findChild<QPlainTextEdit *>(QStringLiteral("teamMembers"));
            QVERIFY(members && !members->isReadOnly());
            QTest::mouseClick(members->viewport(), Qt::LeftButton);
            QTest::keyClicks(members, QStringLiteral("omar"));
            QTest::keyClick(members, Qt::Key_Return);
            QTest::keyClicks(members, QStringLiteral("priya"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }));
        const AccountTeam after {
            QStringLiteral("lisa"), {QStringLiteral("omar"), QStringLiteral("priya")}};
        QCOMPARE(stored(), after);
        QVERIFY(before != after);
        auto ws = m_place->open();
        const auto history = (*ws)->history(m_plan);
        QVERIFY(history && !history->empty());
        QCOMPARE(history->front().kind, ChangeEntry::Kind::Team);
        QCOMPARE(history->front().newValue, QStringLiteral("lisa\nomar, priya"));

        // shown again; Cancel keeps it
        QVERIFY(withDialog(window, [](QDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("teamOwner"))->text(),
                QStringLiteral("lisa"));
            QCOMPARE(
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("teamMembers"))->toPlainText(),
                QStringLiteral("omar\npriya"));
            QTest::keyClicks(
                dialog->findChild<QLineEdit *>(QStringLiteral("teamOwner")), QStringLiteral("x"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        }));
        QCOMPARE(stored(), after);
    }
};

QTEST_MAIN(TestAccountTeam)
#include "tst_accountteam.moc"
