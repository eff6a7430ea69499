// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace accord {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Accord"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/accord.svg")));
    auto *placeholder = new QLabel(tr("No plan is open."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    // Some platforms define no standard Quit key; Ctrl+Q is what users expect there.
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
            ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
            : QKeySequence::keyBindings(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Accord"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Accord"),
        tr("<h3>Accord %1</h3><p>Joint customer success plans: quick to write offline, "
           "honest about progress, beautiful on paper and on the QBR screen.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace accord
