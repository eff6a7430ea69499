// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "../support/documentfixture.h"
#include "document/signoffrecorder.h"
#include "io/planio.h"
#include "rules/plancontent.h"
#include "rules/planfingerprint.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// Recording a sign-off: one undoable, persisted step that freezes the content.
class TestSignOffRecorder : public QObject {
    Q_OBJECT

private:
    test::DocumentFixture m_fixture;
    QDate m_date; // after every sign-off of the fixture plan
    QDate m_today;

    PlanDocument &doc() { return *m_fixture.doc; }
    Plan stored() { return *m_fixture.ws->loadPlan(m_fixture.doc->id()); }

    bool record(const std::vector<qint64> &ids)
    {
        const auto recorded = SignOffRecorder::record(doc(), m_date, ids, m_today);
        if (!recorded)
            qWarning("%s", qPrintable(recorded.error()));
        return recorded.ok();
    }

private slots:
    void init()
    {
        QVERIFY(m_fixture.reset());
        QVERIFY(latestSignOff(doc().plan()));
        m_date = latestSignOff(doc().plan())->date.addDays(30);
        m_today = m_date.addDays(2);
    }

    void recordingIsPersistedWithFingerprintVersionAndSnapshot()
    {
        const Plan before = doc().plan();
        QVERIFY(record({1, 3}));
        QCOMPARE(doc().undoStack()->count(), 1);
        QCOMPARE(doc().undoStack()->undoText(), QStringLiteral("Record sign-off"));

        const Plan after = stored();
        QCOMPARE(after.signOffs.size(), before.signOffs.size() + 1);
        const SignOff &signOff = after.signOffs.back();
        QCOMPARE(latestSignOff(after)->id.value, signOff.id.value);
        QCOMPARE(signOff.date, m_date);
        QCOMPARE(signOff.version, before.header.version);
        QCOMPARE(signOff.fingerprint, planFingerprint(after));
        QCOMPARE(signOff.fingerprint, planFingerprint(doc().plan()));
        QCOMPARE(signOff.signatories,
            QStringList({SignOffRecorder::signatoryText(after.signatories[0]),
                SignOffRecorder::signatoryText(after.signatories[2])}));
        QVERIFY(
            signOff.signatories[0].startsWith(before.signatories[0].name + QStringLiteral(", ")));

        // The chosen signatories carry the date; the other one is untouched.
        QCOMPARE(after.signatories[0].signedOn, m_date);
        QCOMPARE(after.signatories[1].signedOn, before.signatories[1].signedOn);
        QCOMPARE(after.signatories[2].signedOn, m_date);

        // The snapshot is the canonical content, reads back as the signed plan,
        // and hashes to the stored fingerprint.
        QVERIFY(PlanContent::isCurrentFormat(signOff.snapshot));
        auto snapshot = PlanContent::read(signOff.snapshot.toUtf8());
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
        QVERIFY(snapshot->signOffs.empty()); // snapshots do not nest
        QCOMPARE(snapshot->signatories[0].signedOn, m_date);
        QCOMPARE(planFingerprint(*snapshot), signOff.fingerprint);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(signOff.snapshot.toUtf8(), QCryptographicHash::Sha256)
                         .toHex()),
            signOff.fingerprint);

        QVERIFY(!changedSinceSigned(doc().plan()));
        QCOMPARE(SignOffRecorder::status(doc().plan()).state, SignOffStatus::State::Signed);
        QCOMPARE(SignOffRecorder::describe(doc().plan()),
            QStringLiteral("Signed %1, version %2, fingerprint %3…")
                .arg(m_date.toString(Qt::ISODate), before.header.version,
                    signOff.fingerprint.left(12)));
    }

    // The Acme plan's rows are numbered 1..n, so its snapshot reads back exactly.
    void snapshotImportsBackAsTheSignedPlan()
    {
        QTemporaryDir dir;
        auto ws = SqliteWorkspace::open(dir.filePath(QStringLiteral("acme.accord")));
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        auto plan = (*ws)->insertPlan(test::acmePlan());
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        PlanDocument acme(**ws, *plan);
        const Result<qint64> added = acme.insertRow(tableOf<Signatory>(), 0,
            {{fieldOf<&Signatory::side>(), enumKey(Side::Customer)},
                {fieldOf<&Signatory::name>(), QStringLiteral("Dana Lee")},
                {fieldOf<&Signatory::title>(), QStringLiteral("CFO")}});
        QVERIFY(added);
        const qint64 dana = *added;
        const QDate date(2026, 3, 2);
        const auto recorded = SignOffRecorder::record(acme, date, {dana}, date);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));

        Plan stored = *(*ws)->loadPlan(acme.id());
        QCOMPARE(stored.signOffs.size(), std::size_t(1));
        QCOMPARE(stored.signOffs[0].signatories,
            QStringList {QStringLiteral("Dana Lee, CFO (Customer)")});
        auto snapshot = PlanContent::read(stored.signOffs[0].snapshot.toUtf8());
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
        stored.signOffs.clear();
        QString difference;
        QVERIFY2(test::samePlanContent(*snapshot, stored, &difference), qPrintable(difference));
    }

    void laterEditMarksChangedAndUndoRestores()
    {
        const Plan before = stored();
        QVERIFY(record({2}));
        QVERIFY(!changedSinceSigned(doc().plan()));

        QVERIFY(doc().set<&Milestone::name>(1, QStringLiteral("Go live")));
        QVERIFY(changedSinceSigned(doc().plan()));
        QVERIFY(changedSinceSigned(stored()));
        QCOMPARE(SignOffRecorder::describe(doc().plan()),
            QStringLiteral("Changed since signed on %1 (version %2)")
                .arg(m_date.toString(Qt::ISODate), before.header.version));

        doc().undoStack()->undo(); // the edit
        QVERIFY(!changedSinceSigned(doc().plan()));
        QVERIFY(!changedSinceSigned(stored()));

        doc().undoStack()->undo(); // the recording
        const Plan undone = stored();
        QCOMPARE(undone.signOffs.size(), before.signOffs.size());
        QCOMPARE(undone.signatories[1].signedOn, before.signatories[1].signedOn);
        QString difference;
        QVERIFY2(test::samePlanContent(undone, before, &difference), qPrintable(difference));

        doc().undoStack()->redo();
        QCOMPARE(stored().signOffs.size(), before.signOffs.size() + 1);
        QVERIFY(!changedSinceSigned(stored()));
    }

    void signingAgainWithoutChangesStaysSigned()
    {
        QVERIFY(record({1}));
        m_date = m_date.addDays(1);
        // Signatory 1 already signed on an earlier date: its date moves on, and the
        // second sign-off's fingerprint covers that.
        QVERIFY(record({1, 2}));
        const Plan after = stored();
        QCOMPARE(latestSignOff(after)->date, m_date);
        QCOMPARE(latestSignOff(after)->signatories.size(), qsizetype(2));
        QVERIFY(!changedSinceSigned(after));
        QCOMPARE(doc().undoStack()->count(), 2);
    }

    void signatoryWithTheDateAlreadySetIsNotEditedAgain()
    {
        QVERIFY(doc().set<&Signatory::signedOn>(1, m_date));
        auto recording = SignOffRecorder::prepare(doc().plan(), m_date, {1, 2}, m_today);
        QVERIFY2(recording.ok(), qPrintable(recording.error()));
        QCOMPARE(recording->changes.size(), std::size_t(2)); // signatory 2, the sign_off row
        QCOMPARE(recording->changes[0].rowId, qint64(2));
        QCOMPARE(recording->changes[1].kind, Change::Kind::InsertRow);
        QCOMPARE(recording->changes[1].table, &tableOf<SignOff>());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("message");
        QTest::newRow("nobody") << QStringLiteral("nobody")
                                << QStringLiteral("Choose at least one signatory.");
        QTest::newRow("unknown") << QStringLiteral("unknown")
                                 << QStringLiteral("is no longer in the plan");
        QTest::newRow("nameless") << QStringLiteral("nameless")
                                  << QStringLiteral("Signatory 2 (Vendor) has no name");
        QTest::newRow("future") << QStringLiteral("future") << QStringLiteral("is in the future");
        QTest::newRow("before latest")
            << QStringLiteral("early") << QStringLiteral("is before the latest sign-off");
        QTest::newRow("no date") << QStringLiteral("nodate")
                                 << QStringLiteral("Choose the date of the sign-off.");
        QTest::newRow("no version")
            << QStringLiteral("noversion") << QStringLiteral("The plan has no version");
    }

    void refusals()
    {
        QFETCH(QString, setup);
        QFETCH(QString, message);
        std::vector<qint64> ids {1, 2};
        QDate date = m_date;
        if (setup == u"nobody")
            ids.clear();
        else if (setup == u"unknown")
            ids.push_back(77);
        else if (setup == u"nameless")
            QVERIFY(doc().set<&Signatory::name>(2, QStringLiteral("  ")));
        else if (setup == u"future")
            date = m_today.addDays(1);
        else if (setup == u"early")
            date = latestSignOff(doc().plan())->date.addDays(-1);
        else if (setup == u"nodate")
            date = QDate();
        else if (setup == u"noversion")
            QVERIFY(doc().set<&PlanHeader::version>(doc().id().value, QString()));

        const int steps = doc().undoStack()->count();
        const Plan before = stored();
        const auto recorded = SignOffRecorder::record(doc(), date, ids, m_today);
        QVERIFY(!recorded.ok());
        QVERIFY2(recorded.error().contains(message), qPrintable(recorded.error()));
        QCOMPARE(doc().undoStack()->count(), steps);
        QString difference;
        QVERIFY2(test::samePlanContent(stored(), before, &difference), qPrintable(difference));
    }

    void signatoryText()
    {
        Signatory customer;
        customer.side = Side::Customer;
        customer.name = QStringLiteral(" Dana Lee ");
        customer.title = QStringLiteral("CFO");
        QCOMPARE(
            SignOffRecorder::signatoryText(customer), QStringLiteral("Dana Lee, CFO (Customer)"));
        Signatory vendor;
        vendor.side = Side::Vendor;
        vendor.name = QStringLiteral("Sam Roe");
        QCOMPARE(SignOffRecorder::signatoryText(vendor), QStringLiteral("Sam Roe (Vendor)"));
    }

    void unsignedPlan()
    {
        Plan plan = doc().plan();
        plan.signOffs.clear();
        QCOMPARE(SignOffRecorder::status(plan).state, SignOffStatus::State::NotSigned);
        QCOMPARE(SignOffRecorder::describe(plan), QStringLiteral("Not signed"));
        // The fixture's sign-offs carry made-up fingerprints: changed since signed.
        QCOMPARE(
            SignOffRecorder::status(doc().plan()).state, SignOffStatus::State::ChangedSinceSigned);
    }
};

QTEST_GUILESS_MAIN(TestSignOffRecorder)
#include "tst_signoffrecorder.moc"
