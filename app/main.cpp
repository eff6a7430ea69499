// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Accord"));
    QApplication::setOrganizationName(QStringLiteral("Accord"));
    QApplication::setApplicationVersion(QStringLiteral(ACCORD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.accord.Accord"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Joint customer success plans."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    accord::MainWindow window;
    window.show();
    return QApplication::exec();
}
