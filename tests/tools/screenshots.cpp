// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window with the Acme Corp sample plan on every section page,
// in the light and the dark palette:
//   accord_screenshots OUTDIR        (packaging/screenshots.sh runs it offscreen)
#include "editors/planeditor.h"
#include "mainwindow.h"
#include "storage/workspacebootstrap.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (app.arguments().size() != 2) {
        fprintf(stderr, "usage: accord_screenshots OUTDIR\n");
        return 2;
    }
    const QDir out(app.arguments().at(1));
    QDir().mkpath(out.path());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("screenshots.accord"));
    if (auto ws = WorkspaceBootstrap::open(path, true); !ws) {
        fprintf(stderr, "%s\n", qPrintable(ws.error()));
        return 1;
    }
    for (const auto &[kind, suffix] : {std::pair {Theme::Kind::Light, QString()},
             std::pair {Theme::Kind::Dark, QStringLiteral("-dark")}}) {
        Theme::apply(kind);
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openWorkspace(path)
            || !window.editor())
            return 1;
        for (int p = 0; p < window.editor()->pageCount(); ++p) {
            window.editor()->showPage(p);
            QTest::qWait(50);
            const QString file = out.filePath(QStringLiteral("%1-%2%3.png")
                                                  .arg(p + 1, 2, 10, QLatin1Char('0'))
                                                  .arg(window.editor()->pageId(p), suffix));
            if (!window.grab().save(file))
                return 1;
            printf("%s\n", qPrintable(file));
        }
    }
    return 0;
}
