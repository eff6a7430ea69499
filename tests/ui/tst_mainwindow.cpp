// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include <QMenuBar>
#include <QTest>

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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
