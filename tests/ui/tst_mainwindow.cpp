// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/planeditor.h"
#include "model/plan.h"
#include "portfolio/portfolionavigator.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacebootstrap.h"
#include "window/mainwindow.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void hasWorkingMenus()
    {
        accord::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        QVERIFY2(titles.contains(QStringLiteral("&File")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("&Help")));

        auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QVERIFY(!quit->shortcut().isEmpty());
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }

    // Another plan, the welcome page or a restart never squeeze the editor, and the
    // width the user gave the portfolio is kept.
    void theEditorKeepsItsWidth()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("layout.accord"));
        std::vector<accord::PlanId> ids;
        {
            auto ws = accord::SqliteWorkspace::open(path);
            QVERIFY(ws);
            for (const char *name : {"Initech", "Globex"}) {
                auto sample = accord::WorkspaceBootstrap::samplePlan(QDate::currentDate());
                QVERIFY(sample);
                accord::Plan plan = *sample;
                plan.account.company = QString::fromLatin1(name);
                auto stored = (*ws)->insertPlan(plan);
                QVERIFY(stored);
                ids.push_back(stored->id);
            }
        }
        auto dockOf = [](accord::MainWindow &w) {
            return w.findChild<QDockWidget *>(QStringLiteral("portfolioDock"));
        };
        int chosen = 0;
        for (int round = 0; round < 2; ++round) { // the second one after a restart
            accord::MainWindow window;
            window.resize(1440, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openWorkspace(path));
            QVERIFY(window.openPlan(ids[0]));
            QTRY_VERIFY(window.editor()->width() >= 720);
            if (round == 0) {
                // The user drags the separator to make the portfolio wider.
                window.resizeDocks({dockOf(window)}, {520}, Qt::Horizontal);
                QTRY_COMPARE(dockOf(window)->width(), 520);
                chosen = dockOf(window)->width();
            }
            QTRY_COMPARE(dockOf(window)->width(), chosen);
            QVERIFY(window.openPlan(ids[1]));
            QTest::qWait(20);
            QTRY_COMPARE(dockOf(window)->width(), chosen);
            QVERIFY2(window.editor()->width() >= 720,
                qPrintable(QString::number(window.editor()->width())));
            window.close();
        }
    }

    // Help: a guide that says where this workspace's data lives, and a sheet of the
    // shortcuts the window really has.
    void helpHasAGuideAndAShortcutSheet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("help.accord"));
        accord::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(path));

        QTest::keyClick(&window, Qt::Key_F1);
        QTextBrowser *guide = nullptr;
        QTRY_VERIFY((guide = window.findChild<QTextBrowser *>(QStringLiteral("guideText"))));
        const QString text = guide->toPlainText();
        QVERIFY(text.contains(QStringLiteral("What a plan is made of")));
        QVERIFY(text.contains(QStringLiteral("business review")));
        QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("help.accord.backups")));
        guide->window()->close();

        QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
        QTableWidget *sheet = nullptr;
        QTRY_VERIFY((sheet = window.findChild<QTableWidget *>(QStringLiteral("shortcutTable"))));
        QStringList lines;
        for (int r = 0; r < sheet->rowCount(); ++r)
            lines << sheet->item(r, 0)->text() + u'=' + sheet->item(r, 1)->text();
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Ctrl+F=Find in plans…")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Ctrl+Z=Undo")));
        QVERIFY(all.contains(QStringLiteral("F5=Present plan")));
        QVERIFY(all.contains(QStringLiteral("Insert=")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
