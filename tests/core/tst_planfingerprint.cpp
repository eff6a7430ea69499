// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "io/planio.h"
#include "iofullplan.h"
#include "model/money.h"
#include "rules/plancontent.h"
#include "rules/planfingerprint.h"
#include "storage/sqliteworkspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

// A value of the field's kind that differs from current and is valid in a full plan.
QVariant otherValue(const FieldInfo &field, const QVariant &current)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        return QString(current.toString() + u'x');
    case FieldKind::Date:
        return current.toDate().addDays(1);
    case FieldKind::Integer:
    case FieldKind::OptInteger:
        return current.toInt() + 1;
    case FieldKind::Real:
    case FieldKind::OptReal:
        return current.toDouble() + 0.5;
    case FieldKind::Bool:
        return !current.toBool();
    case FieldKind::Money: {
        Money money = current.value<Money>();
        money.minor += 1;
        return QVariant::fromValue(money);
    }
    case FieldKind::Enum:
        return field.enumInfo->entries.front().key == current.toString()
            ? field.enumInfo->entries.back().key
            : field.enumInfo->entries.front().key;
    case FieldKind::StringList:
        return QStringList(current.toStringList()) << QStringLiteral("one more");
    case FieldKind::Ref:
        return qlonglong(current.toLongLong() == 1 ? 2 : 1);
    }
    return {};
}

} // namespace

// The content fingerprint printed on every page and stored with every sign-off.
class TestPlanFingerprint : public QObject {
    Q_OBJECT

private slots:
    void isSha256HexOfTheContent()
    {
        const Plan plan = test::acmePlan();
        const QString fingerprint = planFingerprint(plan);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        QVERIFY2(hex.match(fingerprint).hasMatch(), qPrintable(fingerprint));
        QCOMPARE(shortFingerprint(fingerprint), fingerprint.left(12));
        QCOMPARE(contentFingerprint(planContent(plan)), fingerprint);

        // The same digest as the coreutils tool gives for the content's bytes.
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
        if (tool.isEmpty())
            QSKIP("sha256sum is not installed");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("content.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(planContent(plan));
        file.close();
        QProcess process;
        process.start(tool, {file.fileName()});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString printed = QString::fromLatin1(process.readAllStandardOutput());
        QCOMPARE(printed.section(u' ', 0, 0), fingerprint);
    }

    // The canonical text reads back as the plan it was made of; the fixture plan
    // has references to missing rows, which stay as they were.
    void contentReadsBackAsThePlan()
    {
        for (const Plan &plan : {test::fullPlan(), test::acmePlan()}) {
            const QByteArray content = planContent(plan);
            const Result<Plan> back = PlanContent::read(content);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QVERIFY(back->signOffs.empty());
            QCOMPARE(PlanContent::canonical(*back), content);
        }
        // Rows numbered 1..n read back exactly.
        const Plan acme = test::acmePlan();
        const Result<Plan> back = PlanContent::read(planContent(acme));
        const QStringList problems = test::planDifferences(*back, acme);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void readRefusesWhatCanonicalNeverWrites_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray head = "accord-plan-content 2\n";
        QTest::newRow("JSON") << QByteArray("{}") << QStringLiteral("Line 1");
        QTest::newRow("other format")
            << QByteArray("accord-plan-content 3\n") << QStringLiteral("Line 1");
        QTest::newRow("unknown table") << head + "[nope]\nrow 1\n" << QStringLiteral("Line 2");
        QTest::newRow("sign-offs") << head + "[sign_off]\nrow 1\n" << QStringLiteral("Line 2");
        QTest::newRow("row out of order") << head + "[risk]\nrow 2\n"
                                          << QStringLiteral("expected row 1");
        QTest::newRow("two plan rows") << head + "[plan]\nrow 1\nrow 2\n"
                                       << QStringLiteral("has one row");
        QTest::newRow("unknown field") << head + "[risk]\nrow 1\nnope=1\n"
                                       << QStringLiteral("Line 4");
        QTest::newRow("bad date") << head + "[milestone]\nrow 1\ntarget_date=2028-02-30\n"
                                  << QStringLiteral("Line 4");
        QTest::newRow("bad list") << head + "[milestone]\nrow 1\nblockers=3\ta\n"
                                  << QStringLiteral("Line 4");
        QTest::newRow("field before row") << head + "[risk]\ndescription=x\n"
                                          << QStringLiteral("Line 3");
    }

    void readRefusesWhatCanonicalNeverWrites()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const Result<Plan> read = PlanContent::read(content);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(message), qPrintable(read.error()));
    }

    // The format, pinned: a change to this text is a new content format (and every
    // signed plan would show as changed), never a side effect.
    void formatIsPinned()
    {
        Plan plan;
        plan.id = PlanId(42);
        plan.account.company = QStringLiteral("Nord \\ Süd\tGmbH");
        plan.account.arr = Money {15000000, QStringLiteral("EUR")};
        plan.header.title = QStringLiteral("Plan\nline two");
        plan.header.version = QStringLiteral("1.0");
        Outcome outcome;
        outcome.id = OutcomeId(7);
        outcome.code = QStringLiteral("O1");
        plan.outcomes.push_back(outcome);
        Milestone milestone;
        milestone.id = RowId(3);
        milestone.outcome = OutcomeId(7);
        milestone.phase = PhaseId(99); // no such phase
        milestone.name = QStringLiteral("Go-live");
        milestone.targetDate = QDate(2027, 3, 1);
        milestone.blockers = {QStringLiteral("IT approval"), QString()};
        plan.milestones.push_back(milestone);
        LeadingIndicator indicator;
        indicator.id = RowId(1);
        indicator.text = QStringLiteral("Daily logins");
        indicator.met = true;
        plan.leadingIndicators.push_back(indicator);
        Metric metric;
        metric.id = MetricId(5);
        metric.outcome = OutcomeId(7);
        metric.name = QStringLiteral("Hours");
        metric.baselineValue = 0.1;
        plan.metrics.push_back(metric);

        // Empty values (the milestone's start, its actual date…) are left out.
        const QByteArray expected = "accord-plan-content 2\n"
                                    "[account]\n"
                                    "row 1\n"
                                    "arr=15000000 EUR\n"
                                    "company=Nord \\\\ Süd\\tGmbH\n"
                                    "[leading_indicator]\n"
                                    "row 1\n"
                                    "met=true\n"
                                    "text=Daily logins\n"
                                    "[metric]\n"
                                    "row 1\n"
                                    "baseline_value=0.1\n"
                                    "direction=increase\n"
                                    "name=Hours\n"
                                    "outcome_id=1\n"
                                    "[milestone]\n"
                                    "row 1\n"
                                    "blockers=2\tIT approval\t\n"
                                    "name=Go-live\n"
                                    "outcome_id=1\n"
                                    "phase_id=?99\n"
                                    "status=pending\n"
                                    "target_date=2027-03-01\n"
                                    "[outcome]\n"
                                    "row 1\n"
                                    "code=O1\n"
                                    "priority=high\n"
                                    "status=not_started\n"
                                    "[plan]\n"
                                    "row 1\n"
                                    "adoption_touch=high\n"
                                    "format=outcome_based\n"
                                    "health_green_min=80\n"
                                    "health_yellow_min=60\n"
                                    "onboarding_touch=high\n"
                                    "ownership=CSM owns the document, customer co-owns the goals\n"
                                    "qbr_minutes=60\n"
                                    "review_cadence=quarterly\n"
                                    "scope_months=12\n"
                                    "stage=onboarding\n"
                                    "status=draft\n"
                                    "success_measure=Goal attainment rate\n"
                                    "title=Plan\\nline two\n"
                                    "version=1.0\n";
        const QByteArray content = planContent(plan);
        QCOMPARE(QString::fromUtf8(content), QString::fromUtf8(expected));
        QCOMPARE(planFingerprint(plan),
            QStringLiteral("62414043cc287a9173a2b546138b22d977d0a5caae7af704a5b86361165d6928"));
    }

    // The fingerprint of the Acme plan of tests/data, pinned.
    void fingerprintIsPinned()
    {
        QCOMPARE(planFingerprint(test::acmePlan()),
            QStringLiteral("138656eeb49764bd5c2817a03380df0e76f33d3f1c5f1b93a7242084b3e08935"));
    }

    void stableForTheSameContent()
    {
        const Plan plan = test::fullPlan();
        QCOMPARE(planFingerprint(plan), planFingerprint(plan));
        QCOMPARE(planFingerprint(test::fullPlan()), planFingerprint(plan));

        // Through a workspace and back, and through a JSON round trip.
        QTemporaryDir dir;
        auto ws = SqliteWorkspace::open(dir.filePath(QStringLiteral("f.accord")));
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        auto stored = (*ws)->insertPlan(plan);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        auto loaded = (*ws)->loadPlan(stored->id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(planFingerprint(*loaded), planFingerprint(plan));
        auto imported = importPlanJson(exportPlanJson(plan), QStringLiteral("plan.json"));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(planFingerprint(*imported), planFingerprint(plan));
    }

    void changesWhenAnyFieldChanges_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("field");
        for (const PlanTable *t : planTables()) {
            if (t->name() == u"sign_off")
                continue;
            for (int f = 0; f < int(t->fields().size()); ++f)
                QTest::addRow(
                    "%s.%s", qPrintable(t->name()), qPrintable(t->fields()[std::size_t(f)].key))
                    << t->name() << f;
        }
    }

    void changesWhenAnyFieldChanges()
    {
        QFETCH(QString, table);
        QFETCH(int, field);
        const Plan plan = test::fullPlan();
        const PlanTable *t = findPlanTable(table);
        const FieldInfo &info = t->fields()[std::size_t(field)];
        Plan edited = plan;
        QVERIFY(t->setValue(edited, 1 % t->rowCount(edited), field,
            otherValue(info, t->value(plan, 1 % t->rowCount(plan), field))));
        QVERIFY2(planFingerprint(edited) != planFingerprint(plan),
            qPrintable(QStringLiteral("%1.%2 is not covered").arg(table, info.key)));
    }

    void changesWhenRowsAreAddedRemovedOrReordered()
    {
        const Plan plan = test::fullPlan();
        const QString original = planFingerprint(plan);
        Plan moved = plan;
        std::swap(moved.risks[0], moved.risks[2]);
        QVERIFY(planFingerprint(moved) != original);
        // The order of rows is content, whatever they belong to.
        Plan grouped = plan;
        grouped.milestones[1].outcome = grouped.milestones[0].outcome;
        Plan swapped = grouped;
        std::swap(swapped.milestones[0], swapped.milestones[1]);
        QVERIFY(planFingerprint(swapped) != planFingerprint(grouped));
        Plan removed = plan;
        removed.risks.pop_back();
        QVERIFY(planFingerprint(removed) != original);
        Plan added = plan;
        added.commitments.push_back(Commitment {});
        added.commitments.back().id = RowId(99);
        added.commitments.back().text = QStringLiteral("Weekly status call");
        QVERIFY(planFingerprint(added) != original);
    }

    void notChangedByPlanIdOrSignOffs()
    {
        const Plan plan = test::fullPlan();
        const QString original = planFingerprint(plan);
        Plan other = plan;
        other.id = PlanId(4711);
        QCOMPARE(planFingerprint(other), original);
        Plan signedPlan = plan;
        SignOff signOff;
        signOff.id = RowId(10);
        signOff.date = QDate(2026, 3, 1);
        signOff.version = plan.header.version;
        signOff.fingerprint = original;
        signOff.signatories = {QStringLiteral("Dana Lee, CFO (Customer)")};
        signOff.snapshot = QString::fromUtf8(planContent(plan));
        signedPlan.signOffs.push_back(signOff);
        QCOMPARE(planFingerprint(signedPlan), original);
        signedPlan.signOffs.clear();
        QCOMPARE(planFingerprint(signedPlan), original);
    }

    void changedSinceSignedComparesWithTheLatestSignOff()
    {
        Plan plan = test::fullPlan();
        plan.signOffs.clear();
        QVERIFY(!latestSignOff(plan));
        QVERIFY(!changedSinceSigned(plan)); // never signed is not "changed since signed"

        SignOff older;
        older.id = RowId(1);
        older.date = QDate(2026, 1, 10);
        older.fingerprint = QStringLiteral("0").repeated(64);
        SignOff current = older;
        current.id = RowId(2);
        current.date = QDate(2026, 2, 10);
        current.fingerprint = planFingerprint(plan);
        plan.signOffs = {current, older}; // stored order is not date order
        QCOMPARE(latestSignOff(plan)->id.value, qint64(2));
        QVERIFY(!changedSinceSigned(plan));

        // On the same date the one recorded last wins.
        SignOff sameDay = current;
        sameDay.id = RowId(3);
        sameDay.fingerprint = QStringLiteral("f").repeated(64);
        plan.signOffs.push_back(sameDay);
        QCOMPARE(latestSignOff(plan)->id.value, qint64(3));
        QVERIFY(changedSinceSigned(plan));
        plan.signOffs.pop_back();

        plan.header.title += QStringLiteral(" (edited)");
        QVERIFY(changedSinceSigned(plan));
    }
};

QTEST_GUILESS_MAIN(TestPlanFingerprint)
#include "tst_planfingerprint.moc"
