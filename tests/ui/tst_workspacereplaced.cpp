// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/testdata.h"
#include "document/plandocument.h"
#include "storage/sqliteworkspace.h"
#include "window/mainwindow.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// The window and its workspace file: File ▸ Export never writes over it, and a
// file replaced under the window (a restore by another program, a copy by hand)
// is never written to; the window says so and offers to reopen.
class TestWorkspaceReplaced : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A workspace file with one plan for company, closed.
    QString workspaceOf(const QString &name, const QString &company) const
    {
        const QString file = path(name);
        auto ws = SqliteWorkspace::open(file);
        Plan plan = test::fullPlan(1);
        plan.account.company = company;
        if (!ws || !(*ws)->insertPlan(plan))
            return {};
        return file;
    }

    static QMessageBox *replacedBox(MainWindow &window)
    {
        return window.findChild<QMessageBox *>(QStringLiteral("workspaceReplacedBox"));
    }

    static QAbstractButton *button(QMessageBox *box, const QString &text)
    {
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportNeverWritesOverTheWorkspace()
    {
        const QString ws = workspaceOf(u"export.accord"_qs, u"Initech"_qs);
        MainWindow window;
        QVERIFY(window.openWorkspace(ws));
        QVERIFY(window.document());
        const QByteArray before = test::sha256Of(ws);
        QVERIFY(QFile::link(ws, path(u"named-like-an-export.yaml"_qs)));
        QVERIFY(QDir().mkpath(ws + u".backups"_qs));
        for (const QString &target :
            {path(u"named-like-an-export.yaml"_qs), ws + u".backups/plan.yaml"_qs}) {
            QVERIFY(!window.exportPlanTo(target));
            QVERIFY2(window.lastError().contains(u"an export never writes"_qs),
                qPrintable(window.lastError()));
        }
        QVERIFY(!window.exportPlanTo(ws + u".backups"_qs, true)); // CSV tables
        QCOMPARE(test::sha256Of(ws), before);
        QVERIFY(window.document()->set<&PlanHeader::title>(
            window.document()->id().value, u"Still writable"_qs));
    }

    void replacedFileIsNeverWrittenTo()
    {
        const QString ws = workspaceOf(u"open.accord"_qs, u"Initech"_qs);
        const QString other = workspaceOf(u"other.accord"_qs, u"Globex"_qs);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(ws));
        QVERIFY(window.document());
        QCOMPARE(window.document()->plan().account.company, u"Initech"_qs);

        // Another program renames its file over the workspace.
        QVERIFY(QFile::remove(ws));
        QVERIFY(QFile::rename(other, ws));
        const QByteArray replaced = test::sha256Of(ws);
        QVERIFY(!window.document()->set<&PlanHeader::title>(
            window.document()->id().value, u"Into the deleted file?"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(replacedBox(window), 5000);
        QVERIFY2(replacedBox(window)->text().contains(u"was replaced by another program"_qs),
            qPrintable(replacedBox(window)->text()));
        QCOMPARE(test::sha256Of(ws), replaced);

        QAbstractButton *reopen = button(replacedBox(window), u"Reopen"_qs);
        QVERIFY(reopen);
        QTest::mouseClick(reopen, Qt::LeftButton);
        QTRY_VERIFY(window.document() && window.document()->plan().account.company == u"Globex"_qs);
        QVERIFY(window.document()->set<&PlanHeader::title>(
            window.document()->id().value, u"Written to the new file"_qs));
        auto check = SqliteWorkspace::open(ws);
        QCOMPARE((*check)->loadPlan(window.document()->id())->header.title,
            u"Written to the new file"_qs);
    }

    void deletedFileClosesTheWorkspace()
    {
        const QString ws = workspaceOf(u"gone.accord"_qs, u"Initech"_qs);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(ws));
        QVERIFY(QFile::rename(ws, path(u"moved-away.accord"_qs)));
        QTRY_VERIFY_WITH_TIMEOUT(replacedBox(window), 5000);
        QVERIFY(!button(replacedBox(window), u"Reopen"_qs)); // nothing to reopen
        QAbstractButton *close = button(replacedBox(window), u"Close workspace"_qs);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!window.workspace());
        QVERIFY(!QFileInfo::exists(ws)); // nothing was written back
    }
};

QTEST_MAIN(TestWorkspaceReplaced)
#include "tst_workspacereplaced.moc"
