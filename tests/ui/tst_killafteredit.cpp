// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "editors/planeditor.h"
#include "storage/sqliteworkspace.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace accord;

namespace {

// The child: the real window on the workspace; it types a new plan title, says
// "edited" once Enter is pressed, and keeps running until it is killed.
int runEditingApp(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    if (!window.openWorkspace(QString::fromLocal8Bit(argv[2])) || !window.editor())
        return 3;
    auto *title = window.editor()->page(0)->findChild<QLineEdit *>(QStringLiteral("plan.title"));
    if (!title)
        return 4;
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QString::fromLocal8Bit(argv[3]));
    QTest::keyClick(title, Qt::Key_Return);
    printf("edited\n");
    fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestKillAfterEdit : public QObject {
    Q_OBJECT

private slots:
    void sigkillRightAfterAnEditLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.accord"));
        PlanId id;
        {
            auto ws = SqliteWorkspace::open(path);
            QVERIFY(ws);
            Plan plan;
            plan.header.title = QStringLiteral("Before");
            id = (*ws)->insertPlan(plan)->id;
        }
        for (int round = 0; round < 3; ++round) {
            const QString title = QStringLiteral("Typed and killed %1").arg(round);
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--editing-app"), path, title});
            QVERIFY(child.waitForReadyRead(60000));
            QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("edited"));
            child.kill(); // SIGKILL, no chance to clean up
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            auto ws = SqliteWorkspace::open(path);
            QVERIFY2(ws, qPrintable(ws.error()));
            QCOMPARE((*ws)->check(true), QStringLiteral("ok"));
            QCOMPARE((*ws)->loadPlan(id)->header.title, title);
        }
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--editing-app") == 0)
        return runEditingApp(argc, argv);
    QApplication app(argc, argv);
    TestKillAfterEdit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killafteredit.moc"
