// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team workspace (the test server): opened from File ▸ Open
// team workspace with a password typed when the server asks, others' edits
// coming in by themselves, and an edit typed while the server is away kept,
// shown as not saved, and saved when it is back.
#include "../support/fullplan.h"
#include "../support/testworkspace.h"

#include "dialogs/teamworkspacedialog.h"
#include "document/plandocument.h"
#include "editors/planeditor.h"
#include "model/plan.h"
#include "portfolio/portfolionavigator.h"
#include "storage/workspace.h"
#include "window/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

using namespace accord;

namespace {

// Runs `act` on the next modal dialog of type T once it shows, as long as
// `owner` lives.
template<typename T, typename Act> void whenDialog(QObject *owner, Act act)
{
    auto *poll = new QTimer(owner);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        act(dialog);
    });
    poll->start(50);
}

QString statusText(MainWindow &window)
{
    QString text;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        text += label->text() + u'\n';
    return text;
}

} // namespace

class TestTeamWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const test::TestWorkspaceLocation place(true);
        QVERIFY2(place.error().isEmpty(), qPrintable(place.error()));
    }

    // The dialog builds the address from its fields; the server asks for a
    // password, a wrong one is asked for again, the right one opens it, and no
    // password is written anywhere.
    void openFromTheMenuWithAPassword()
    {
        const test::TestWorkspaceLocation place(true);
        {
            auto ws = place.open();
            QVERIFY2(ws, qPrintable(ws.error()));
            QVERIFY((*ws)->insertPlan(test::fullPlan(1)));
        }
        const QString login
            = QStringLiteral("csm_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QCOMPARE(
            test::serverSql({},
                {QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD 'Sesame-42'").arg(login)}),
            QString());
        QString socket = place.address().host();
        for (const auto &[key, value] : place.address().parameters()) {
            if (key == u"host")
                socket = value;
        }
        QVERIFY(!socket.isEmpty());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        whenDialog<TeamWorkspaceDialog>(&window, [&](TeamWorkspaceDialog *dialog) {
            auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("host"));
            auto *database = dialog->findChild<QLineEdit *>(QStringLiteral("database"));
            auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("login"));
            host->clear();
            QTest::keyClicks(host, socket);
            database->clear();
            QTest::keyClicks(database, place.database());
            user->clear();
            QTest::keyClicks(user, login);
            if (place.address().port() > 0) {
                auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("port"));
                port->setFocus();
                port->selectAll();
                QTest::keyClicks(port, QString::number(place.address().port()));
            }
            // the password is asked for twice: wrong, then right
            whenDialog<QInputDialog>(&window, [&window](QInputDialog *ask) {
                QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
                QTest::keyClicks(ask->findChild<QLineEdit *>(), QStringLiteral("wrong"));
                QTest::keyClick(ask->findChild<QLineEdit *>(), Qt::Key_Return);
                whenDialog<QInputDialog>(&window, [](QInputDialog *again) {
                    QVERIFY(again->labelText().contains(QStringLiteral("refused")));
                    QTest::keyClicks(again->findChild<QLineEdit *>(), QStringLiteral("Sesame-42"));
                    QTest::keyClick(again->findChild<QLineEdit *>(), Qt::Key_Return);
                });
            });
            QTest::keyClick(database, Qt::Key_Return);
        });
        bool refused = false; // a message box instead: say what it said
        whenDialog<QMessageBox>(&window, [&refused](QMessageBox *box) {
            refused = true;
            qWarning("%s", qPrintable(box->text()));
            box->accept();
        });
        window.findChild<QAction *>(QStringLiteral("actionOpenTeamWorkspace"))->trigger();
        QVERIFY(!refused);
        QVERIFY2(
            window.workspace() && window.workspace()->isServer(), qPrintable(window.lastError()));
        QVERIFY(window.workspace()->location().contains(login));
        QVERIFY(!window.workspace()->location().contains(QStringLiteral("Sesame")));
        QVERIFY(window.document());
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray written = settings.readAll();
        QVERIFY(written.contains(login.toUtf8()));
        QVERIFY(!written.contains("Sesame"));
        test::serverSql({}, {QStringLiteral("DROP OWNED BY %1").arg(login)});
    }

    void othersEditsAndAServerAway()
    {
        const test::TestWorkspaceLocation place(true);
        auto other = place.open();
        QVERIFY2(other, qPrintable(other.error()));
        auto stored = (*other)->insertPlan(test::fullPlan(2));
        QVERIFY(stored);
        const PlanId id = stored->id;

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY2(window.openWorkspace(place.location()), qPrintable(window.lastError()));
        QVERIFY(window.openPlan(id));

        // Someone else renames the plan and edits the account's industry: the
        // open plan, its field and the navigator show it within two seconds.
        QVERIFY((*other)->apply(
            id, Change::set<&PlanHeader::title>(id.value, QStringLiteral("Renamed by Lisa"))));
        QVERIFY((*other)->apply(id,
            Change::set<&Account::industry>(stored->account.id.value, QStringLiteral("Shipping"))));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.document()->plan().header.title, QStringLiteral("Renamed by Lisa"), 2500);
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("overview")));
        auto *industry = editor->findChild<QLineEdit *>(QStringLiteral("account.industry"));
        QVERIFY(industry);
        QTRY_COMPARE(industry->text(), QStringLiteral("Shipping"));
        auto *list = window.navigator()->findChild<QAbstractItemView *>();
        QVERIFY(list);
        QVERIFY(
            !list->model()
                 ->match(list->model()->index(0, 0), Qt::DisplayRole,
                     QStringLiteral("Renamed by Lisa"), 1, Qt::MatchRecursive | Qt::MatchContains)
                 .isEmpty());

        // The server goes away; an edit typed now is kept and not shown as saved.
        QCOMPARE(
            test::serverSql({},
                {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(place.database()),
                    QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                        .arg(place.database())}),
            QString());
        industry->setFocus();
        industry->selectAll();
        QTest::keyClicks(industry, QStringLiteral("Rail freight"));
        QTest::keyClick(industry, Qt::Key_Return);
        QTRY_COMPARE(window.document()->keptCount(), 1);
        QCOMPARE(window.document()->plan().account.industry, QStringLiteral("Rail freight"));
        auto *retry = window.findChild<QToolButton *>(QStringLiteral("retrySaving"));
        QVERIFY(retry);
        QTRY_VERIFY(retry->isVisible());
        QVERIFY2(statusText(window).contains(QStringLiteral("not saved")),
            qPrintable(statusText(window)));
        QVERIFY(!statusText(window).contains(QStringLiteral("All changes saved")));

        // Closing now asks first; Cancel keeps the window.
        whenDialog<QMessageBox>(&window, [](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("keptEditsBox"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.close());

        // Back: the watcher notices, the kept edit is saved by itself.
        QCOMPARE(
            test::serverSql({},
                {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(place.database())}),
            QString());
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->keptCount(), 0, 8000);
        QTRY_VERIFY(!retry->isVisible());
        QVERIFY(statusText(window).contains(QStringLiteral("All changes saved")));
        auto check = place.open();
        QVERIFY(check);
        QCOMPARE((*check)->loadPlan(id)->account.industry, QStringLiteral("Rail freight"));
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
