// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/documentfixture.h"
#include "dialogs/signoffdialog.h"
#include "document/signoffrecorder.h"
#include "editors/planeditor.h"
#include "editors/signoffbanner.h"
#include "rules/planfingerprint.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace accord;

// Plan ▸ Record sign-off and the "changed since signed" banner, driven with clicks
// and keys; what was recorded is read back from the workspace.
class TestSignOffDialog : public QObject {
    Q_OBJECT

private:
    test::DocumentFixture m_fixture;

    PlanDocument &doc() { return *m_fixture.doc; }
    Plan stored() { return *m_fixture.ws->loadPlan(m_fixture.doc->id()); }

    static QCheckBox *boxFor(SignOffDialog &dialog, qint64 id)
    {
        for (QCheckBox *box : dialog.signatoryBoxes()) {
            if (box->property("signatoryId").toLongLong() == id)
                return box;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // An unsigned plan with one named customer, two named vendors and one nameless one.
    void init()
    {
        QVERIFY(m_fixture.reset());
        while (!doc().plan().signOffs.empty())
            QVERIFY(doc().removeRow(tableOf<SignOff>(), doc().plan().signOffs[0].id.value));
        QVERIFY(doc().set<&Signatory::side>(1, Side::Customer));
        QVERIFY(doc().set<&Signatory::name>(1, QStringLiteral("Dana Lee")));
        QVERIFY(doc().set<&Signatory::title>(1, QStringLiteral("CFO")));
        QVERIFY(doc().set<&Signatory::name>(2, QStringLiteral("Alex Moreno")));
        QVERIFY(doc().set<&Signatory::title>(2, QStringLiteral("Customer Success Manager")));
        QVERIFY(doc().set<&Signatory::name>(3, QString()));
        doc().undoStack()->clear();
    }

    void recordingFromTheDialogFreezesAndTheBannerFollowsEdits()
    {
        PlanEditor editor(&doc());
        editor.resize(1100, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *banner = editor.findChild<SignOffBanner *>();
        QVERIFY(banner);
        QVERIFY(!banner->isVisible()); // never signed
        QCOMPARE(banner->state(), SignOffStatus::State::NotSigned);

        SignOffDialog dialog(&doc(), &editor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.signatoryBoxes().size(), 3);
        QCheckBox *dana = boxFor(dialog, 1);
        QCheckBox *alex = boxFor(dialog, 2);
        QCheckBox *nameless = boxFor(dialog, 3);
        QVERIFY(dana && alex && nameless);
        QVERIFY(dana->isChecked() && alex->isChecked());
        QCOMPARE(dana->text(), QStringLiteral("Dana Lee — CFO"));
        QVERIFY(!nameless->isChecked() && !nameless->isEnabled());
        QCOMPARE(dialog.dateEdit()->date(), QDate::currentDate());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("version"))->text(),
            doc().plan().header.version);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("version"))->isReadOnly());

        // Nobody ticked: OK refuses and says why; ticking again shows what will be signed.
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(dana, Qt::LeftButton, {}, QPoint(8, dana->height() / 2));
        QTest::mouseClick(alex, Qt::LeftButton, {}, QPoint(8, alex->height() / 2));
        QVERIFY(!dana->isChecked() && !alex->isChecked());
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.problem(), QStringLiteral("Choose at least one signatory."));
        QTest::mouseClick(dana, Qt::LeftButton, {}, QPoint(8, dana->height() / 2));
        QVERIFY(ok->isEnabled());
        const auto preview
            = SignOffRecorder::prepare(doc().plan(), QDate::currentDate(), std::vector<qint64> {1});
        QVERIFY(preview.ok());
        QCOMPARE(dialog.fingerprintShown(), preview->signOff.fingerprint);

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc().undoStack()->undoText(), QStringLiteral("Record sign-off"));

        const Plan after = stored();
        QCOMPARE(after.signOffs.size(), std::size_t(1));
        const SignOff &signOff = after.signOffs.front();
        QCOMPARE(signOff.date, QDate::currentDate());
        QCOMPARE(signOff.version, after.header.version);
        QCOMPARE(signOff.fingerprint, preview->signOff.fingerprint);
        QCOMPARE(signOff.fingerprint, planFingerprint(after));
        QCOMPARE(signOff.signatories, QStringList {QStringLiteral("Dana Lee, CFO (Customer)")});
        QCOMPARE(after.signatories[0].signedOn, QDate::currentDate());
        QVERIFY(!signOff.snapshot.isEmpty());

        const QString signedText
            = QStringLiteral("Signed on %1 (version %2)")
                  .arg(QDate::currentDate().toString(Qt::ISODate), after.header.version);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->state(), SignOffStatus::State::Signed);
        QCOMPARE(banner->text(), signedText);

        // Typing into the plan title marks the plan changed since signed.
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("plan.title"));
        QVERIFY(title);
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral(" (draft 2)"));
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_VERIFY(stored().header.title.endsWith(QStringLiteral(" (draft 2)")));
        QCOMPARE(banner->state(), SignOffStatus::State::ChangedSinceSigned);
        QCOMPARE(banner->text(),
            QStringLiteral("Changed since signed on %1 (version %2) — record a new sign-off "
                           "before sending")
                .arg(QDate::currentDate().toString(Qt::ISODate), after.header.version));

        // Undoing the edit brings back exactly the signed content.
        QCOMPARE(doc().undoStack()->count(), 2);
        doc().undoStack()->undo();
        QCOMPARE(banner->state(), SignOffStatus::State::Signed);
        QCOMPARE(banner->text(), signedText);

        // Undoing the recording: not signed, banner gone.
        doc().undoStack()->undo();
        QVERIFY(stored().signOffs.empty());
        QVERIFY(!banner->isVisible());
    }

    void menuActionNeedsAnOpenPlanAndRecords()
    {
        MainWindow window;
        QAction *action = window.findChild<QAction *>(QStringLiteral("actionRecordSignOff"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_fixture.ws->location()));
        QVERIFY(window.document());
        QVERIFY(action->isEnabled());
        const PlanId id = window.document()->id();
        auto *banner = window.editor()->findChild<SignOffBanner *>();
        QVERIFY(banner);

        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SignOffDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
            driven = true;
        });
        action->trigger();
        QVERIFY(driven);
        const Plan after = *m_fixture.ws->loadPlan(id);
        QCOMPARE(after.signOffs.size(), std::size_t(1));
        QCOMPARE(after.signOffs.front().signatories.size(), qsizetype(2)); // the named ones
        QCOMPARE(banner->state(), SignOffStatus::State::Signed);
    }
};

QTEST_MAIN(TestSignOffDialog)
#include "tst_signoffdialog.moc"
