// SPDX-License-Identifier: GPL-3.0-or-later
// What the change history costs (issue: roles and the change history). Not run by
// ctest; with the throwaway server of the tests, from the source folder:
//   tests/support/postgres/with-postgres.sh build/release/tests/bench/bench_history
// Without ACCORD_TEST_POSTGRES only SQLite is measured.
//
// 1. One edit's commit with its history entry against the same commit with the
//    entry made a no-op (skipped by a trigger, or change_log replaced by a view
//    whose inserts a rule drops, in a second workspace of the same content): rounds alternate
//    between the two, each the median of ACCORD_BENCH_EDITS (300) one-edit apply() calls.
// 2. `accord log` of a plan with ACCORD_BENCH_LOG_ROWS (100000) history entries:
//    the real executable next to this one (../../app/accord), its output to a
//    file, median of 5 runs, process start included; and the same read in this
//    process (history() and every entry in words).
// Exits 1 when the history slows a commit by more than 20 % or the log takes
// 200 ms or more; 0 otherwise.
#include "../support/fullplan.h"
#include "../support/testworkspace.h"
#include "benchtable.h"

#include "text/changetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <iostream>

using namespace accord;
using namespace accord::bench;

namespace {

constexpr int kRounds = 5;
constexpr int kLogRuns = 5;

bool run(Workspace &ws, const QStringList &statements)
{
    QSqlQuery q(dynamic_cast<SqlWorkspace &>(ws).database());
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            std::cerr << qPrintable(sql) << ": " << qPrintable(q.lastError().text()) << "\n";
            return false;
        }
    }
    return true;
}

// The history's inserts made a no-op: what a commit costs without them (SQLite:
// a trigger that skips the row; PostgreSQL: a view whose inserts a rule drops).
QStringList withoutHistory(bool server)
{
    if (!server)
        return {QStringLiteral("CREATE TRIGGER change_log_skip BEFORE INSERT ON change_log BEGIN "
                               "SELECT RAISE(IGNORE); END")};
    return {QStringLiteral("ALTER TABLE change_log RENAME TO change_log_kept"),
        QStringLiteral("CREATE VIEW change_log AS SELECT * FROM change_log_kept"),
        QStringLiteral(
            "CREATE RULE change_log_skip AS ON INSERT TO change_log DO INSTEAD NOTHING")};
}

QStringList fillHistory(bool server, PlanId plan, int rows)
{
    const QString values = QStringLiteral(
        "%1, '2026-01-01T00:00:00.000Z', 'lisa', 'Lisa Park', 'set', 'plan', %1, 'title', "
        "'Title ' || (i - 1), 'Title ' || i")
                               .arg(plan.value);
    const QString columns = QStringLiteral(
        "plan_id, at, login, display_name, kind, table_name, row_id, field, old_value, "
        "new_value");
    // The server's statistics brought up to date, as its autovacuum does within
    // a minute of so large a change: without them its planner takes the table for
    // the few rows it had before and sorts instead of walking the index.
    if (server)
        return {
            QStringLiteral("INSERT INTO change_log (%1) SELECT %2 FROM generate_series(1, %3) i")
                .arg(columns, values)
                .arg(rows),
            QStringLiteral("ANALYZE change_log")};
    // On a file, the write-ahead log the one large insert left folded into the
    // file, as SQLite's own checkpoints keep it in a history written an edit at a
    // time.
    return {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                           "i < %3) INSERT INTO change_log (%1) SELECT %2 FROM n")
                .arg(columns, values)
                .arg(rows),
        QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")};
}

struct Column {
    bool measured = false;
    double withMs = 0;
    double withoutMs = 0;
    double logProcessMs = 0;
    double logInProcessMs = 0;
};

double commitMs(Workspace &ws, PlanId plan, int edits, int &counter)
{
    return medianMs(edits, [&] {
        const Result<void> done = ws.apply(
            plan, Change::set<&PlanHeader::title>(plan, QStringLiteral("Title %1").arg(++counter)));
        if (!done)
            qFatal("%s", qPrintable(done.error()));
    });
}

Column measure(bool server, int edits, int logRows)
{
    Column column;
    if (server && qEnvironmentVariableIsEmpty("ACCORD_TEST_POSTGRES"))
        return column;
    const test::TestWorkspaceLocation withPlace(server);
    const test::TestWorkspaceLocation withoutPlace(server);
    auto with = test::openOrFail(withPlace);
    auto without = test::openOrFail(withoutPlace);
    if (!with || !without || !run(*without, withoutHistory(server)))
        qFatal("the workspaces could not be made");
    const PlanId a = with->insertPlan(test::fullPlan(20))->id;
    const PlanId b = without->insertPlan(test::fullPlan(20))->id;
    std::vector<double> withTimes;
    std::vector<double> withoutTimes;
    int counter = 0;
    for (int round = 0; round < kRounds; ++round) {
        withTimes.push_back(commitMs(*with, a, edits, counter));
        withoutTimes.push_back(commitMs(*without, b, edits, counter));
    }
    std::sort(withTimes.begin(), withTimes.end());
    std::sort(withoutTimes.begin(), withoutTimes.end());
    column.withMs = withTimes[kRounds / 2];
    column.withoutMs = withoutTimes[kRounds / 2];

    if (!run(*with, fillHistory(server, a, logRows)))
        qFatal("the history could not be filled");
    column.logInProcessMs = medianMs(kLogRuns, [&] {
        const auto entries = with->history(a, {});
        const Plan plan = *with->loadPlan(a);
        const ChangeText::RowNames names = ChangeText::rowNames(*entries);
        const ChangeText text(&plan, &names);
        qsizetype size = 0;
        for (const ChangeEntry &e : *entries)
            size += text.what(e).size();
        if (entries->size() < std::size_t(logRows) || size == 0)
            qFatal("the history is short");
    });
    const QString accord = QDir(QCoreApplication::applicationDirPath())
                               .absoluteFilePath(QStringLiteral("../../app/accord"));
    QTemporaryDir dir;
    column.logProcessMs = medianMs(kLogRuns, [&] {
        QProcess process;
        process.setStandardOutputFile(dir.filePath(QStringLiteral("log.txt")));
        process.start(accord,
            {QStringLiteral("log"), QString::number(a.value), QStringLiteral("--workspace"),
                withPlace.location()});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qFatal("accord log failed: %s", process.readAllStandardError().constData());
    });
    column.measured = true;
    return column;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int edits = envInt("ACCORD_BENCH_EDITS", 300);
    const int logRows = envInt("ACCORD_BENCH_LOG_ROWS", 100000);
    QTextStream out(stdout);
    bool ok = true;
    for (const bool server : {false, true}) {
        const Column c = measure(server, edits, logRows);
        const QString name = server ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
        if (!c.measured) {
            out << name << ": skipped (no ACCORD_TEST_POSTGRES)\n";
            continue;
        }
        const double overhead = (c.withMs / c.withoutMs - 1) * 100;
        BenchTable table;
        table.add(QStringLiteral("%1: one-edit commit with its history entry").arg(name), c.withMs,
            QStringLiteral("ms"));
        table.add(QStringLiteral("%1: the same, history entry a no-op").arg(name), c.withoutMs,
            QStringLiteral("ms"));
        table.add(QStringLiteral("%1: the history's share of a commit").arg(name), overhead,
            QStringLiteral("% (goal <= 20)"));
        table.add(QStringLiteral("%1: accord log, %2 entries (process)").arg(name).arg(logRows),
            c.logProcessMs, QStringLiteral("ms (goal < 200)"));
        table.add(QStringLiteral("%1: history() + every entry in words").arg(name),
            c.logInProcessMs, QStringLiteral("ms"));
        table.print(out);
        ok = ok && overhead <= 20 && c.logProcessMs < 200;
    }
    return ok ? 0 : 1;
}
