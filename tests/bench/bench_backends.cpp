// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite and the PostgreSQL workspace side by side (issue: team workspaces
// on a server). Not run by ctest; with the throwaway server of the tests:
//   tests/support/postgres/with-postgres.sh build/release/tests/bench/bench_backends
// Without ACCORD_TEST_POSTGRES only the SQLite column is measured (the server's
// is reported as skipped). Knobs (environment):
//   ACCORD_BENCH_PLANS          plans in the listed workspace (10000)
//   ACCORD_BENCH_EDITS          edits of one round of the one-edit commit rate (500)
//   ACCORD_BENCH_WRITER_EDITS   edits of each of the 8 concurrent writers (250)
// Exits 1 when an edit of the concurrent writers did not land, whether refused
// with an error (SQLite's busy timeout) or reported saved and missing; 0
// otherwise, also when the server column is skipped. The list goal is reported,
// not enforced.
//
// Internal: `bench_backends --writer LOCATION PLANID N SLOT SLOTS` is one of the
// concurrent writers: it opens the workspace, says "ready", waits for "go" on its
// standard input, then makes N edits, each its own apply(), to the text cells of
// the plan that are its own (every SLOTS-th one, from SLOT), and reports
// "done OK FAILED SLOWEST-MS" and an "error I MS TEXT" line for every edit refused.
#include "../support/fullplan.h"
#include "../support/testworkspace.h"
#include "benchtable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTextStream>

#include <iostream>
#include <string>

using namespace accord;
using namespace accord::bench;

namespace {

constexpr int kWriters = 8;
constexpr int kWritersPerPlan = 4; // 2 plans, 4 writers editing each
constexpr int kBatch = 500;
constexpr int kListRuns = 7;
constexpr int kLoadRuns = 21;
constexpr int kEditRounds = 3;
constexpr int kWriterRuns = 3;
constexpr int kFullPlanRows = 20;

// One text cell of a plan's collections: what a concurrent writer edits.
struct Cell {
    const PlanTable *table = nullptr;
    int field = -1;
    int row = -1;
    qint64 rowId = 0;
};

// Every plain text cell of the plan's collections, in a fixed order (table, row,
// field): the same list before and after the edits, which change values only.
std::vector<Cell> textCells(const Plan &plan)
{
    std::vector<Cell> cells;
    for (const PlanTable *t : planTables()) {
        if (!t->isCollection())
            continue;
        for (int r = 0; r < t->rowCount(plan); ++r) {
            for (int f = 0; f < int(t->fields().size()); ++f) {
                const FieldInfo &info = t->fields()[std::size_t(f)];
                if ((info.kind != FieldKind::Text && info.kind != FieldKind::LongText)
                    || info.hint != FieldHint::None || info.vocabulary)
                    continue;
                cells.push_back({t, f, r, t->rowId(plan, r)});
            }
        }
    }
    return cells;
}

// The cells of writer `slot` of `slotCount` on one plan, its first `edits` ones.
std::vector<Cell> cellsOf(const Plan &plan, int slot, int slotCount, int edits)
{
    const std::vector<Cell> all = textCells(plan);
    std::vector<Cell> mine;
    for (std::size_t k = std::size_t(slot); k < all.size() && int(mine.size()) < edits;
         k += std::size_t(slotCount))
        mine.push_back(all[k]);
    return mine;
}

QString marker(qint64 plan, int slot, int edit)
{
    return QStringLiteral("bench p%1 w%2 e%3").arg(plan).arg(slot).arg(edit);
}

// A plan as small as the navigator lists: an account and a title.
Plan smallPlan(int n)
{
    Plan plan;
    plan.account.company = QStringLiteral("Company %1").arg(n);
    plan.header.title = QStringLiteral("Plan %1").arg(n);
    return plan;
}

Result<std::unique_ptr<Workspace>> openExisting(const QString &location)
{
    if (ServerAddress::isServerUri(location)) {
        const Result<ServerAddress> address = ServerAddress::parse(location);
        if (!address)
            return address.failure();
        auto ws = PostgresWorkspace::open(*address);
        if (!ws)
            return ws.failure();
        return std::unique_ptr<Workspace>(std::move(*ws));
    }
    SqliteWorkspace::Options options;
    options.create = false;
    auto ws = SqliteWorkspace::open(location, options);
    if (!ws)
        return ws.failure();
    return std::unique_ptr<Workspace>(std::move(*ws));
}

int runWriter(const QStringList &args)
{
    QTextStream out(stdout);
    const QString location = args.value(0);
    const PlanId planId(args.value(1).toLongLong());
    const int edits = args.value(2).toInt();
    const int slot = args.value(3).toInt();
    const int slotCount = args.value(4).toInt();
    auto opened = openExisting(location);
    if (!opened) {
        out << "error -1 " << opened.error().simplified() << "\n";
        return 2;
    }
    std::unique_ptr<Workspace> ws = std::move(*opened);
    const Result<Plan> plan = ws->loadPlan(planId);
    if (!plan) {
        out << "error -1 " << plan.error().simplified() << "\n";
        return 2;
    }
    const std::vector<Cell> cells = cellsOf(*plan, slot, slotCount, edits);
    if (int(cells.size()) < edits) {
        out << "error -1 the plan has only " << cells.size() << " cells for this writer\n";
        return 2;
    }
    out << "ready\n";
    out.flush();
    std::string go;
    std::getline(std::cin, go);

    int ok = 0;
    int failed = 0;
    double slowestMs = 0;
    for (int i = 0; i < edits; ++i) {
        const Cell &cell = cells[std::size_t(i)];
        Change change = Change::set(
            FieldRef {cell.table, cell.field}, cell.rowId, QVariant(marker(planId.value, slot, i)));
        // As the app does: the edit replaces the value this program last saw.
        change.expected = cell.table->value(*plan, cell.row, cell.field);
        QElapsedTimer timer;
        timer.start();
        const Result<void> done = ws->apply(planId, change);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        slowestMs = qMax(slowestMs, ms);
        if (done) {
            ++ok;
        } else {
            ++failed;
            out << "error " << i << ' ' << qRound(ms) << ' ' << done.error().simplified() << "\n";
        }
    }
    out << "done " << ok << ' ' << failed << ' ' << slowestMs << "\n";
    out.flush();
    return 0;
}

// What one backend measured; `skipped` says why it was not, when it was not.
struct Column {
    QString skipped;
    double fillMs = 0;
    double listMs = 0;
    double loadMs = 0;
    double editsPerSecond = 0;
    double writersMs = 0;
    double writersPerSecond = 0;
    double slowestEditMs = 0; // the longest single apply() of a writer
    int landed = 0;
    int failed = 0; // edits a writer was told failed
    int lost = 0; // edits that did not land: failed, or reported saved and missing
    int silent = 0; // edits reported saved that are missing: a bug
    int failedButLanded = 0; // edits reported failed that are there all the same
    QMap<QString, int> errors; // the writers' error texts, with how often each came
    QList<int> refusedAfterMs; // how long each refused apply() took
    QString notes;
};

[[noreturn]] void fail(const QString &what, const QString &error)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(error));
}

// Eight writer processes on the workspace at `location`, started together, on
// two new plans; every edit is then looked for in the plans. Returns the wall
// time in milliseconds from "go" until the last writer ended, and adds the
// edits that landed, failed or went missing to column.
double concurrentWriters(Workspace &ws, const QString &location, int edits, Column &column)
{
    QTextStream log(stderr);
    // Enough text cells for the writers of a plan.
    const int perRow = int(textCells(test::fullPlan(1)).size());
    const int rows = (edits * kWritersPerPlan + perRow - 1) / perRow + 1;
    std::vector<PlanId> plans;
    for (int p = 0; p < kWriters / kWritersPerPlan; ++p) {
        Plan plan = test::fullPlan(rows);
        plan.header.title = QStringLiteral("Writers' plan %1").arg(p);
        Result<Plan> inserted = ws.insertPlan(plan);
        if (!inserted)
            fail(QStringLiteral("insert the writers' plan"), inserted.error());
        plans.push_back(inserted->id);
    }

    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < kWriters; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QCoreApplication::applicationFilePath());
        process->setArguments({QStringLiteral("--writer"), location,
            QString::number(plans[std::size_t(w / kWritersPerPlan)].value), QString::number(edits),
            QString::number(w % kWritersPerPlan), QString::number(kWritersPerPlan)});
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start();
        writers.push_back(std::move(process));
    }
    for (auto &process : writers) {
        while (!process->canReadLine()) {
            if (!process->waitForReadyRead(60000))
                fail(QStringLiteral("start a writer"),
                    QString::fromUtf8(process->readAllStandardError()));
        }
        const QString line = QString::fromUtf8(process->readLine()).trimmed();
        if (line != u"ready")
            fail(QStringLiteral("start a writer"),
                line + u' ' + QString::fromUtf8(process->readAllStandardError()));
    }

    QElapsedTimer timer;
    timer.start();
    for (auto &process : writers) {
        process->write("go\n");
        process->waitForBytesWritten(5000);
    }
    for (auto &process : writers) {
        if (!process->waitForFinished(600000))
            fail(QStringLiteral("wait for a writer"), QStringLiteral("no end in 10 minutes"));
    }
    const double wallMs = double(timer.nsecsElapsed()) / 1e6;

    QSet<QPair<int, int>> refused; // (writer, edit)
    for (int w = 0; w < kWriters; ++w) {
        QProcess *process = writers[std::size_t(w)].get();
        const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
        if (!err.isEmpty())
            log << "writer's messages: " << err << "\n";
        bool done = false;
        const QStringList lines
            = QString::fromUtf8(process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(u"error ")) {
                ++column.failed;
                ++column.errors[line.section(u' ', 3)];
                column.refusedAfterMs << line.section(u' ', 2, 2).toInt();
                refused.insert({w, line.section(u' ', 1, 1).toInt()});
            } else if (line.startsWith(u"done ")) {
                done = true;
                column.slowestEditMs
                    = qMax(column.slowestEditMs, line.section(u' ', 3, 3).toDouble());
            }
        }
        if (!done || process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
            fail(QStringLiteral("a writer"),
                QStringLiteral("ended with code %1: %2").arg(process->exitCode()).arg(err));
    }
    log.flush();

    // Every edit must be there: its writer's marker in its own cell.
    for (int w = 0; w < kWriters; ++w) {
        const std::size_t p = std::size_t(w / kWritersPerPlan);
        const Result<Plan> after = ws.loadPlan(plans[p]);
        if (!after)
            fail(QStringLiteral("read the writers' plan back"), after.error());
        const std::vector<Cell> cells
            = cellsOf(*after, w % kWritersPerPlan, kWritersPerPlan, edits);
        for (int i = 0; i < edits && i < int(cells.size()); ++i) {
            const Cell &c = cells[std::size_t(i)];
            const bool landed = c.table->value(*after, c.row, c.field).toString()
                == marker(plans[p].value, w % kWritersPerPlan, i);
            const bool failed = refused.contains({w, i});
            column.landed += landed ? 1 : 0;
            column.silent += !landed && !failed ? 1 : 0;
            column.failedButLanded += landed && failed ? 1 : 0;
        }
    }
    return wallMs;
}

Column measure(bool server, int plans, int edits, int writerEdits)
{
    Column column;
    QTextStream log(stderr);
    const QString name = server ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    if (server && qEnvironmentVariable("ACCORD_TEST_POSTGRES").isEmpty()) {
        column.skipped = QStringLiteral(
            "ACCORD_TEST_POSTGRES is not set (run under tests/support/postgres/with-postgres.sh)");
        return column;
    }
    const test::TestWorkspaceLocation location(server);
    if (!location.error().isEmpty()) {
        column.skipped = location.error();
        return column;
    }
    if (server) {
        column.notes = QStringLiteral("server %1, fsync=%2, synchronous_commit=%3")
                           .arg(test::serverValue({}, QStringLiteral("SHOW server_version")),
                               test::serverValue({}, QStringLiteral("SHOW fsync")),
                               test::serverValue({}, QStringLiteral("SHOW synchronous_commit")));
    } else {
        column.notes = QStringLiteral("file in %1 (WAL, synchronous=FULL)").arg(location.folder());
    }
    auto opened = location.open();
    if (!opened)
        fail(QStringLiteral("open the %1 workspace").arg(name), opened.error());
    std::unique_ptr<Workspace> ws = std::move(*opened);

    log << name << ": inserting " << plans << " plans\n";
    log.flush();
    column.fillMs = medianMs(1, [&] {
        for (int done = 0; done < plans; done += kBatch) {
            std::vector<Plan> batch;
            for (int n = done; n < qMin(plans, done + kBatch); ++n)
                batch.push_back(smallPlan(n));
            if (auto stored = ws->insertPlans(batch); !stored)
                fail(QStringLiteral("insert plans"), stored.error());
        }
    });

    column.listMs = medianMs(kListRuns, [&] {
        const auto listed = ws->listPlans();
        if (!listed)
            fail(QStringLiteral("list plans"), listed.error());
        if (int(listed->size()) != plans)
            fail(QStringLiteral("list plans"), QStringLiteral("%1 listed").arg(listed->size()));
    });

    const Result<Plan> full = ws->insertPlan(test::fullPlan(kFullPlanRows));
    if (!full)
        fail(QStringLiteral("insert the full plan"), full.error());
    column.loadMs = medianMs(kLoadRuns, [&] {
        if (auto loaded = ws->loadPlan(full->id); !loaded)
            fail(QStringLiteral("load the full plan"), loaded.error());
    });

    log << name << ": " << kEditRounds << " x " << edits << " one-edit commits\n";
    log.flush();
    const qint64 milestone = full->milestones.front().id.value;
    QString current = full->milestones.front().name;
    int n = 0;
    const double roundMs = medianMs(kEditRounds, [&] {
        for (int i = 0; i < edits; ++i) {
            const QString next = QStringLiteral("Edit %1").arg(++n);
            Change change = Change::set<&Milestone::name>(milestone, next);
            change.expected = current;
            if (auto done = ws->apply(full->id, change); !done)
                fail(QStringLiteral("edit"), done.error());
            current = next;
        }
    });
    column.editsPerSecond = edits / (roundMs / 1000.0);

    log << name << ": " << kWriterRuns << " x " << kWriters << " writers x " << writerEdits
        << " edits\n";
    log.flush();
    std::vector<double> wall;
    for (int run = 0; run < kWriterRuns; ++run)
        wall.push_back(concurrentWriters(*ws, location.location(), writerEdits, column));
    std::sort(wall.begin(), wall.end());
    column.writersMs = wall[wall.size() / 2];
    column.writersPerSecond = kWriters * writerEdits / (column.writersMs / 1000.0);
    column.lost = kWriterRuns * kWriters * writerEdits - column.landed;
    ws.reset(); // before the location drops its database
    return column;
}

QString cell(const Column &c, double value, int decimals, const QString &unit)
{
    if (!c.skipped.isEmpty())
        return QStringLiteral("skipped");
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(unit);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--writer")
        return runWriter(args.mid(2));

    const int plans = envInt("ACCORD_BENCH_PLANS", 10000);
    const int edits = envInt("ACCORD_BENCH_EDITS", 500);
    const int writerEdits = envInt("ACCORD_BENCH_WRITER_EDITS", 250);
    QElapsedTimer total;
    total.start();

    const Column sqlite = measure(false, plans, edits, writerEdits);
    const Column postgres = measure(true, plans, edits, writerEdits);
    const std::vector<const Column *> columns {&sqlite, &postgres};

    struct Row {
        QString name;
        QString sqlite;
        QString postgres;
    };
    const auto both = [&](const QString &name, auto value) {
        return Row {name, value(sqlite), value(postgres)};
    };
    const QString writersName = QStringLiteral("%1 writer processes x %2 edits on %3 plans")
                                    .arg(kWriters)
                                    .arg(writerEdits)
                                    .arg(kWriters / kWritersPerPlan);
    const std::vector<Row> rows {
        both(QStringLiteral("insert %1 small plans (batches of %2)").arg(plans).arg(kBatch),
            [](const Column &c) { return cell(c, c.fillMs, 0, QStringLiteral("ms")); }),
        both(QStringLiteral("list %1 plans (listPlans, median of %2)").arg(plans).arg(kListRuns),
            [](const Column &c) { return cell(c, c.listMs, 1, QStringLiteral("ms")); }),
        both(QStringLiteral("load one full plan (fullPlan(%1), median of %2)")
                 .arg(kFullPlanRows)
                 .arg(kLoadRuns),
            [](const Column &c) { return cell(c, c.loadMs, 2, QStringLiteral("ms")); }),
        both(QStringLiteral("one-edit commits, expected set (median of %1 x %2)")
                 .arg(kEditRounds)
                 .arg(edits),
            [](const Column &c) {
                return cell(c, c.editsPerSecond, 0, QStringLiteral("edits/s"));
            }),
        both(writersName + QStringLiteral(": wall time (median of %1)").arg(kWriterRuns),
            [](const Column &c) { return cell(c, c.writersMs, 0, QStringLiteral("ms")); }),
        both(writersName + QStringLiteral(": throughput (median of %1)").arg(kWriterRuns),
            [](const Column &c) {
                return cell(c, c.writersPerSecond, 0, QStringLiteral("edits/s"));
            }),
        both(QStringLiteral("slowest single edit of a writer (all %1 runs)").arg(kWriterRuns),
            [](const Column &c) { return cell(c, c.slowestEditMs, 0, QStringLiteral("ms")); }),
        both(QStringLiteral("edits refused with an error (all %1 runs)").arg(kWriterRuns),
            [](const Column &c) {
                return c.skipped.isEmpty() ? QString::number(c.failed) : QStringLiteral("skipped");
            }),
        both(QStringLiteral("lost edits (all %1 runs)").arg(kWriterRuns),
            [](const Column &c) {
                return c.skipped.isEmpty() ? QString::number(c.lost) : QStringLiteral("skipped");
            }),
        both(QStringLiteral("of which reported saved but missing"),
            [](const Column &c) {
                return c.skipped.isEmpty() ? QString::number(c.silent) : QStringLiteral("skipped");
            }),
    };

    qsizetype width = 0;
    for (const Row &r : rows)
        width = qMax(width, r.name.size());
    QTextStream out(stdout);
    out << "\n"
        << QStringLiteral("benchmark").leftJustified(width) << "  "
        << QStringLiteral("SQLite").leftJustified(16) << "  "
        << "PostgreSQL\n";
    for (const Row &r : rows)
        out << r.name.leftJustified(width) << "  " << r.sqlite.leftJustified(16) << "  "
            << r.postgres << "\n";

    out << "\n";
    for (const Column *c : columns) {
        const QString name = c == &sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
        if (!c->skipped.isEmpty()) {
            out << name << ": skipped: " << c->skipped << "\n";
            continue;
        }
        out << name << ": " << c->notes << "\n";
        out << name << ": lost edits: " << c->lost << " (" << c->landed << " of "
            << kWriterRuns * kWriters * writerEdits << " landed; " << c->failed
            << " refused with an error, " << c->silent << " reported saved but missing, "
            << c->failedButLanded << " reported failed but saved)\n";
        for (auto e = c->errors.cbegin(); e != c->errors.cend(); ++e)
            out << name << ":   " << e.value() << " x " << e.key() << "\n";
        if (!c->refusedAfterMs.isEmpty()) {
            QStringList ms;
            for (int m : c->refusedAfterMs)
                ms << QString::number(m);
            out << name << ":   the refused edits' apply() took " << ms.join(QStringLiteral(", "))
                << " ms\n";
        }
    }
    if (postgres.skipped.isEmpty())
        out << QStringLiteral("listing %1 plans on the server: %2 ms (goal < 300 ms): %3\n")
                   .arg(plans)
                   .arg(postgres.listMs, 0, 'f', 1)
                   .arg(postgres.listMs < 300 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    out << QStringLiteral("whole run: %1 s\n").arg(double(total.elapsed()) / 1000.0, 0, 'f', 1);

    out << "\n| benchmark | SQLite | PostgreSQL |\n|---|---:|---:|\n";
    for (const Row &r : rows)
        out << "| " << r.name << " | " << r.sqlite << " | " << r.postgres << " |\n";
    out.flush();

    bool lost = false;
    for (const Column *c : columns)
        lost = lost || (c->skipped.isEmpty() && c->lost != 0);
    return lost ? 1 : 0;
}
