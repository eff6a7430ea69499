// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "storage/workspacelocation.h"
#include "style/theme.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Accord"));
    QCoreApplication::setOrganizationName(QStringLiteral("Accord"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCORD_VERSION));
}

QCommandLineParser &guiParser()
{
    static QCommandLineParser parser;
    static const bool described = [] {
        parser.setApplicationDescription(accord::CommandLine::helpText());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption({QStringLiteral("workspace"),
            QCoreApplication::translate("main",
                "The workspace to open: a file, or a team's server as "
                "postgresql://[USER@]HOST[:PORT]/DB."),
            QCoreApplication::translate("main", "FILE")});
        return true;
    }();
    Q_UNUSED(described);
    return parser;
}

// --help and --version answer without a display.
bool isInformationRequest(const QStringList &args)
{
    static const QStringList flags {QStringLiteral("-h"), QStringLiteral("--help"),
        QStringLiteral("--help-all"), QStringLiteral("-v"), QStringLiteral("--version")};
    return std::any_of(
        args.begin(), args.end(), [](const QString &a) { return flags.contains(a); });
}

int runCommand(int argc, char *argv[], const QStringList &args)
{
    // A command never opens a window, but a PDF's pages need fonts and its charts
    // widgets: a QApplication on the offscreen platform, so no display is needed
    // (a server, a terminal session, a stale DISPLAY).
    std::unique_ptr<QCoreApplication> app;
    if (accord::CommandLine::drawsPages(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = accord::CommandLine(out, err).run(QCoreApplication::arguments().mid(1));
    // What the command printed is part of its job (a listing, an exported plan):
    // output that never arrived (a full disk, a closed pipe) is a failure. A failed
    // command has said why already.
    out.flush();
    if (code == 0
        && (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout))) {
        err << QCoreApplication::translate(
            "main", "accord: the standard output could not be written.")
            << Qt::endl;
        return 1;
    }
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // A first word that is neither an option nor a workspace file is a command
    // (CommandLine names the valid ones when it is not).
    const bool command = !args.isEmpty() && !args.first().startsWith(u'-')
        && !args.first().endsWith(QStringLiteral(".accord"));
    if (command)
        return runCommand(argc, argv, args);
    if (isInformationRequest(args)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        guiParser().process(app);
        return 0;
    }
    // Wrong usage is told before any window or display is needed, with exit code 2.
    if (!guiParser().parse(QStringList {QStringLiteral("accord")} + args)) {
        fprintf(stderr, "accord: %s\n%s\n", qPrintable(guiParser().errorText()),
            qPrintable(QCoreApplication::translate("main", "Run accord --help for the commands.")));
        return 2;
    }
    if (guiParser().positionalArguments().size() > 1) {
        fprintf(stderr, "%s\n",
            qPrintable(
                QCoreApplication::translate("main", "accord: open one workspace at a time.")));
        return 2;
    }

    QApplication app(argc, argv);
    describeApplication();
    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("accord"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    if (accord::Theme::saved() != accord::Theme::Kind::System)
        accord::Theme::apply(accord::Theme::saved());
    QApplication::setDesktopFileName(QStringLiteral("org.accord.Accord"));

    const QCommandLineParser &parser = guiParser();

    accord::MainWindow window;
    window.show();
    const QString chosen = parser.positionalArguments().isEmpty()
        ? parser.value(QStringLiteral("workspace"))
        : parser.positionalArguments().first();
    window.openWorkspace(accord::WorkspaceLocation::resolve(chosen));
    return QApplication::exec();
}
