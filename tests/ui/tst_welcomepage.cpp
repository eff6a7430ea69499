// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "storage/sqliteworkspace.h"
#include "window/mainwindow.h"
#include "window/welcomepage.h"

#include <QApplication>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace accord;

// A new or empty workspace opens on a welcome page with the ways to a first plan.
class TestWelcomePage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aNewFileOpensOnTheWelcomePage()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.accord"));
        QVERIFY(!QFileInfo::exists(path));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(path));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!window.document());
        auto *welcome = qobject_cast<WelcomePage *>(window.centralWidget());
        QVERIFY2(welcome, window.centralWidget()->metaObject()->className());
        QTRY_VERIFY(welcome->isVisible());
        for (const char *name : {"welcomeNewPlan", "welcomeImport", "welcomeSample",
                 "welcomeOpenWorkspace", "welcomeOpenTeam"})
            QVERIFY2(welcome->findChild<QPushButton *>(QString::fromLatin1(name)), name);

        // The team's workspace: the dialog that asks where the server is.
        QString shown;
        QTimer::singleShot(300, &window, [&shown] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                shown = dialog->objectName();
                dialog->close();
            }
        });
        QTest::mouseClick(
            welcome->findChild<QPushButton *>(QStringLiteral("welcomeOpenTeam")), Qt::LeftButton);
        QCOMPARE(shown, QStringLiteral("teamWorkspaceDialog"));
        QCOMPARE(window.workspace()->location(), path);

        // The sample plan, by a click: stored, and open in the editor.
        QTest::mouseClick(
            welcome->findChild<QPushButton *>(QStringLiteral("welcomeSample")), Qt::LeftButton);
        QTRY_VERIFY(window.document());
        QCOMPARE(window.document()->plan().account.company, QStringLiteral("Acme Corp"));
        QVERIFY(window.editor());
        auto ws = SqliteWorkspace::open(path);
        QVERIFY(ws);
        QCOMPARE((*ws)->listPlans()->size(), std::size_t(1));
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
