// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "../support/rawsql.h"
#include "document/signoffrecorder.h"
#include "io/planio.h"
#include "io/signoffupgrade.h"
#include "rules/plancontent.h"
#include "rules/planfingerprint.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacefile.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

// What the previous release stored for the sign-off of tests/data/signed-format1.*:
// the SHA-256 of the plan's JSON export (content format 1).
const QString kFormat1Fingerprint
    = QStringLiteral("951d8f915881fb3e7e4c5e6b919a29ca2a62e2fcc1500cf155cca41452c6a9db");

// A sign-off of plan as the previous release recorded it: its JSON export, hashed.
SignOff format1SignOff(const Plan &plan)
{
    Plan content = plan;
    content.signOffs.clear();
    SignOff signOff;
    signOff.id = RowId(1);
    signOff.date = QDate(2026, 3, 1);
    signOff.version = plan.header.version;
    signOff.snapshot = QString::fromUtf8(exportPlanJson(content));
    signOff.fingerprint = contentFingerprint(signOff.snapshot.toUtf8());
    return signOff;
}

void verifyCurrentFormat(const SignOff &signOff)
{
    QVERIFY(PlanContent::isCurrentFormat(signOff.snapshot));
    QCOMPARE(contentFingerprint(signOff.snapshot.toUtf8()), signOff.fingerprint);
}

} // namespace

// Plans signed before the fingerprint hashed the canonical content keep verifying:
// their sign-offs are rewritten once, from their own snapshots.
class TestSignOffUpgrade : public QObject {
    Q_OBJECT

private slots:
    void aPlanFileSignedByThePreviousReleaseStillVerifies()
    {
        const QByteArray file = test::dataFile("signed-format1.yaml");
        QVERIFY(file.contains(kFormat1Fingerprint.toLatin1()));
        const Result<Plan> plan = importPlanYaml(file, QStringLiteral("signed-format1.yaml"));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->signOffs.size(), std::size_t(1));
        const SignOff &signOff = plan->signOffs.front();
        verifyCurrentFormat(signOff);
        QVERIFY(signOff.fingerprint != kFormat1Fingerprint);
        QCOMPARE(signOff.fingerprint, planFingerprint(*plan));
        QCOMPARE(SignOffRecorder::status(*plan).state, SignOffStatus::State::Signed);
        // The rest of the record is as signed.
        QCOMPARE(signOff.date, QDate(2026, 11, 20));
        QCOMPARE(signOff.signatories.size(), 2);

        // Exported and imported again, it verifies as it is.
        const Result<Plan> again = importPlanYaml(exportPlanYaml(*plan), QStringLiteral("again"));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->signOffs.front().fingerprint, signOff.fingerprint);
        QCOMPARE(SignOffRecorder::status(*again).state, SignOffStatus::State::Signed);
    }

    void aPlanChangedSinceSigningKeepsWhatWasSigned()
    {
        Plan plan = test::acmePlan();
        const Plan signedPlan = plan;
        plan.signOffs = {format1SignOff(plan)};
        plan.header.title = QStringLiteral("Edited after signing");

        QCOMPARE(SignOffUpgrade::upgradeAll(plan), 1);
        const SignOff &signOff = plan.signOffs.front();
        verifyCurrentFormat(signOff);
        QCOMPARE(QByteArray(signOff.snapshot.toUtf8()), PlanContent::canonical(signedPlan));
        QCOMPARE(SignOffRecorder::status(plan).state, SignOffStatus::State::ChangedSinceSigned);

        // Undoing the edit brings the plan back to what was signed.
        plan.header.title = signedPlan.header.title;
        QCOMPARE(SignOffRecorder::status(plan).state, SignOffStatus::State::Signed);
        QCOMPARE(SignOffUpgrade::upgradeAll(plan), 0); // once only
    }

    void aSnapshotThatDoesNotMatchItsFingerprintIsLeftAlone_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("snapshot edited") << 0;
        QTest::newRow("fingerprint edited") << 1;
        QTest::newRow("snapshot not a plan") << 2;
    }

    void aSnapshotThatDoesNotMatchItsFingerprintIsLeftAlone()
    {
        QFETCH(int, damage);
        Plan plan = test::acmePlan();
        SignOff signOff = format1SignOff(plan);
        if (damage == 0)
            signOff.snapshot.replace(QStringLiteral("Acme"), QStringLiteral("Acne"));
        else if (damage == 1)
            signOff.fingerprint = QStringLiteral("0").repeated(64);
        else {
            signOff.snapshot = QStringLiteral("{\"plan\": 3}");
            signOff.fingerprint = contentFingerprint(signOff.snapshot.toUtf8());
        }
        plan.signOffs = {signOff};
        QCOMPARE(SignOffUpgrade::upgradeAll(plan), 0);
        QCOMPARE(plan.signOffs.front().snapshot, signOff.snapshot);
        QCOMPARE(plan.signOffs.front().fingerprint, signOff.fingerprint);
        QCOMPARE(SignOffRecorder::status(plan).state, SignOffStatus::State::ChangedSinceSigned);
    }

    // A workspace of the previous format, holding a signed plan whose stakeholders
    // are stored in another order than the plan file lists them: opening it
    // upgrades the workspace and the sign-off, and the plan shows as signed.
    void aWorkspaceOfThePreviousFormatStillVerifies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("signed.accord"));
        QVERIFY(QFile::copy(test::dataPath("signed-format1.accord"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(WorkspaceFile::inspect(path).schemaVersion(), 2);

        auto ws = SqliteWorkspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        const auto plans = (*ws)->listPlans();
        QVERIFY2(plans.ok(), qPrintable(plans.error()));
        QCOMPARE(plans->size(), std::size_t(1));
        const Result<Plan> plan = (*ws)->loadPlan(plans->front().id);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->stakeholders.front().name, QStringLiteral("Jane Smith")); // a vendor first
        QCOMPARE(plan->signOffs.size(), std::size_t(1));
        verifyCurrentFormat(plan->signOffs.front());
        QCOMPARE(SignOffRecorder::status(*plan).state, SignOffStatus::State::Signed);

        // Stored so, and the old file kept as a backup.
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT fingerprint FROM sign_off")) && q.next());
        QCOMPARE(q.value(0).toString(), plan->signOffs.front().fingerprint);
        const auto backups = (*ws)->backups().list();
        QCOMPARE(backups.size(), std::size_t(1));
        QCOMPARE(backups.front().reason, QStringLiteral("before-upgrade"));
    }
};

QTEST_GUILESS_MAIN(TestSignOffUpgrade)
#include "tst_signoffupgrade.moc"
