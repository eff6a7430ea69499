// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newplandialog.h"
#include "document/plandocument.h"
#include "storage/sqliteworkspace.h"
#include "templates/templatecatalog.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace accord;

// File ▸ New plan, driven with keys and clicks: a new account, a template, a title.
class TestNewPlanDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsAPlanFromATemplate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.accord"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(path));
        QVERIFY(!window.document());

        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<NewPlanDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->accountBox()->currentData().toLongLong(), 0); // new account
            QTest::keyClicks(dialog->newAccountName(), QStringLiteral("Globex Corporation"));
            QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Globex joint success plan"));
            QListWidget *templates = dialog->templateList();
            QListWidgetItem *joint = nullptr;
            for (int i = 0; i < templates->count(); ++i) {
                if (templates->item(i)->data(Qt::UserRole).toString() == u"joint-success")
                    joint = templates->item(i);
            }
            QVERIFY(joint);
            templates->setCurrentItem(joint);
            QPushButton *create
                = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(create->isEnabled());
            QTest::mouseClick(create, Qt::LeftButton);
            driven = true;
        });
        window.findChild<QAction *>(QStringLiteral("actionNewPlan"))->trigger();
        QVERIFY(driven);
        QVERIFY(window.document());
        const PlanId id = window.document()->id();

        auto ws = SqliteWorkspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        auto plan = (*ws)->loadPlan(id);
        QVERIFY(plan);
        QCOMPARE(plan->account.company, QStringLiteral("Globex Corporation"));
        QCOMPARE(plan->header.title, QStringLiteral("Globex joint success plan"));
        QCOMPARE(plan->header.status, PlanStatus::Draft);
        QCOMPARE(plan->phases.size(), std::size_t(4));
        QCOMPARE(plan->phases.front().name, QStringLiteral("Onboard"));
        QVERIFY(plan->commitments.size() >= 2);
        QCOMPARE(plan->risks.size(), std::size_t(4));
    }

    void createIsDisabledWithoutAnAccountName()
    {
        NewPlanDialog dialog({});
        QPushButton *create = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(dialog.newAccountName(), QStringLiteral("Hooli"));
        QVERIFY(create->isEnabled());
        QVERIFY(dialog.templateList()->count() >= 6);
    }
};

QTEST_MAIN(TestNewPlanDialog)
#include "tst_newplandialog.moc"
