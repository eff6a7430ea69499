// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "io/planio.h"
#include "iofullplan.h"
#include "model/money.h"
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

    void contentIsThePlanWithoutIdAndSignOffs()
    {
        const Plan plan = test::fullPlan();
        Result<Plan> back = importPlanJson(planContent(plan), QStringLiteral("content.json"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back->signOffs.empty());
        Plan expected = plan;
        expected.signOffs.clear();
        const QStringList problems = test::planDifferences(*back, expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
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
        // Milestones are listed by outcome: their order within an outcome is content.
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
