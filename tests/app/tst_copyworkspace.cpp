// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/testworkspace.h"
#include "clitestsupport.h"

#include "io/planio.h"
#include "model/plan.h"
#include "rules/planfingerprint.h"
#include "storage/workspacebootstrap.h"

#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using test::runAccord;

namespace {

// Each plan of a workspace as its fingerprint and its YAML export, sorted (ids
// differ from one workspace to another; content must not).
QStringList plansOf(const QString &location)
{
    auto ws = WorkspaceBootstrap::open(location, false);
    if (!ws)
        return {QStringLiteral("cannot open: ") + ws.error()};
    QStringList plans;
    const std::vector<PlanSummary> summaries = *(*ws)->listPlans();
    for (const PlanSummary &summary : summaries) {
        const Plan plan = *(*ws)->loadPlan(summary.id);
        plans << planFingerprint(plan) + u'\n' + QString::fromUtf8(exportPlanYaml(plan));
    }
    plans.sort();
    const Portfolio::Settings settings = *(*ws)->settings();
    for (const auto &[key, value] : settings)
        plans << key + u'=' + value;
    return plans;
}

// Each plan's change history, as who, when and what, sorted by plan; the
// entries a copy adds itself (kind copy) apart, counted.
QStringList historiesOf(const QString &location, int *copies)
{
    auto ws = WorkspaceBootstrap::open(location, false);
    if (!ws)
        return {QStringLiteral("cannot open: ") + ws.error()};
    QStringList plans;
    *copies = 0;
    const std::vector<PlanSummary> summaries = *(*ws)->listPlans();
    for (const PlanSummary &summary : summaries) {
        QStringList entries {summary.title};
        const std::vector<ChangeEntry> history = *(*ws)->history(summary.id);
        for (const ChangeEntry &e : history) {
            if (e.kind == ChangeEntry::Kind::Copy) {
                ++*copies;
                continue;
            }
            entries << QStringLiteral("%1 %2 %3 %4 %5.%6 %7 -> %8")
                           .arg(e.at.toString(Qt::ISODateWithMs), e.login,
                               ChangeEntry::kindKey(e.kind), e.table, QString::number(e.rowId),
                               e.field, e.oldValue, e.newValue);
        }
        plans << entries.join(u'\n');
    }
    plans.sort();
    return plans;
}

} // namespace

// accord copy-workspace: a file to a team's server and back, through the real
// executable, nothing lost or changed on the way, and the targets it must refuse.
class TestCopyWorkspace : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;

    test::CliRun accord(const QStringList &args) { return runAccord(args, m_dir.path()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::TestWorkspaceLocation place(true);
        QVERIFY2(place.error().isEmpty(), qPrintable(place.error()));
        // A portfolio of generated plans, the Acme plan, a signed plan, settings.
        m_source = m_dir.filePath(QStringLiteral("source.accord"));
        QFile::copy(QStringLiteral(ACCORD_TEST_DATA_DIR "/signed-format1.accord"), m_source);
        QFile::setPermissions(m_source, QFile::ReadOwner | QFile::WriteOwner);
        test::CliRun run = accord({QStringLiteral("generate"), QStringLiteral("--plans"),
            QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("7"),
            QStringLiteral("--workspace"), m_source});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = accord(
            {QStringLiteral("import"), QStringLiteral(ACCORD_TEST_DATA_DIR "/acme-corp.yaml"),
                QStringLiteral("--workspace"), m_source});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto ws = SqliteWorkspace::open(m_source);
        QVERIFY(ws);
        QVERIFY((*ws)->setSetting(QStringLiteral("vendor/name"), QStringLiteral("Northwind CS")));
        const PlanId first = (*ws)->listPlans()->front().id;
        QVERIFY((*ws)->setSetting(
            QStringLiteral("document/audience"), QStringLiteral("internal"), first));
    }

    void aFileToAServerAndBack()
    {
        const test::TestWorkspaceLocation server(true);
        QVERIFY(server.open()); // set up, as accord admin init does
        const QStringList original = plansOf(m_source);
        QVERIFY(original.size() >= 8);

        test::CliRun run = accord({QStringLiteral("copy-workspace"), m_source, server.location()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Copied 7 plan(s)")), qPrintable(run.out));
        QCOMPARE(plansOf(server.location()), original);
        // the history comes along, who and when kept, with one entry saying it was copied
        int copies = 0;
        const QStringList history = historiesOf(m_source, &copies);
        QCOMPARE(copies, 0);
        QVERIFY(history.join(QString()).contains(QStringLiteral(" import plan")));
        QCOMPARE(historiesOf(server.location(), &copies), history);
        QCOMPARE(copies, 7);
        QCOMPARE(
            test::serverValue(server.database(), QStringLiteral("SELECT value FROM plan_setting")),
            QStringLiteral("internal"));

        // Not again into what is no longer empty; --merge adds only what is missing.
        run = accord({QStringLiteral("copy-workspace"), m_source, server.location()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not empty")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--merge")), qPrintable(run.err));
        run = accord({QStringLiteral("copy-workspace"), m_source, server.location(),
            QStringLiteral("--merge")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Copied 0 plan(s) and 0 account(s)")),
            qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QStringLiteral("7 plan(s) were there already")), qPrintable(run.out));
        QCOMPARE(plansOf(server.location()), original);

        // Back into a new file.
        const QString back = m_dir.filePath(QStringLiteral("back.accord"));
        run = accord({QStringLiteral("copy-workspace"), server.location(), back});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(plansOf(back), original);
        QCOMPARE(historiesOf(back, &copies), history);
        QCOMPARE(copies, 14);
    }

    void mergeAddsWhatIsMissing()
    {
        const QString target = m_dir.filePath(QStringLiteral("merge.accord"));
        test::CliRun run = accord(
            {QStringLiteral("import"), QStringLiteral(ACCORD_TEST_DATA_DIR "/acme-corp.yaml"),
                QStringLiteral("--workspace"), target});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = accord(
            {QStringLiteral("copy-workspace"), m_source, target, QStringLiteral("--merge")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Copied 6 plan(s)")), qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QStringLiteral("1 plan(s) were there already")), qPrintable(run.out));
        QCOMPARE(plansOf(target), plansOf(m_source));
    }

    void refusals()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.accord"));
        const QString made = m_dir.filePath(QStringLiteral("never.accord"));
        test::CliRun run = accord({QStringLiteral("copy-workspace"), missing, made});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
        QVERIFY(!QFile::exists(made));
        run = accord({QStringLiteral("copy-workspace"), m_source});
        QCOMPARE(run.exitCode, 2);
        run = accord({QStringLiteral("copy-workspace"), m_source, m_source});
        QCOMPARE(run.exitCode, 2);
        // A server database not set up: says how, creates nothing.
        const test::TestWorkspaceLocation empty(true);
        run = accord({QStringLiteral("copy-workspace"), m_source, empty.location()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("admin init")), qPrintable(run.err));
        QCOMPARE(test::serverValue(empty.database(),
                     QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
            QStringLiteral("0"));
    }
};

QTEST_MAIN(TestCopyWorkspace)
#include "tst_copyworkspace.moc"
