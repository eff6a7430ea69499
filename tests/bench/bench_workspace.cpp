// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace benchmarks (issue: core domain and SQLite workspace). Not run by ctest:
//   ./build/release/tests/bench/bench_workspace [--plans-large N]
#include "benchtable.h"
#include "document/plandocument.h"
#include "sample/samplegenerator.h"
#include "storage/sqliteworkspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace accord;
using namespace accord::bench;

namespace {

std::unique_ptr<SqliteWorkspace> openWorkspace(const QString &path)
{
    auto ws = SqliteWorkspace::open(path);
    if (!ws)
        qFatal("%s", qPrintable(ws.error()));
    return std::move(ws.value());
}

void fill(SqliteWorkspace &ws, int plans)
{
    SampleGenerator generator(1);
    for (int done = 0; done < plans; done += 500) {
        if (auto stored = ws.insertPlans(generator.generate(qMin(500, plans - done))); !stored)
            qFatal("%s", qPrintable(stored.error()));
    }
}

double openAndList(const QString &path, int runs)
{
    return medianMs(runs, [&] {
        auto ws = openWorkspace(path);
        if (ws->listPlans()->empty())
            qFatal("no plans");
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int large = app.arguments().contains(QStringLiteral("--plans-large"))
        ? app.arguments()
              .value(app.arguments().indexOf(QStringLiteral("--plans-large")) + 1)
              .toInt()
        : 10000;
    const int small = large / 10;
    QTemporaryDir dir;
    const QString smallPath = dir.filePath(QStringLiteral("small.accord"));
    const QString largePath = dir.filePath(QStringLiteral("large.accord"));
    BenchTable table;
    QTextStream out(stdout);

    table.add(QStringLiteral("generate %1 plans").arg(large),
        medianMs(1, [&] { fill(*openWorkspace(largePath), large); }), QStringLiteral("ms"));
    fill(*openWorkspace(smallPath), small);

    const double listSmall = openAndList(smallPath, 15);
    const double listLarge = openAndList(largePath, 15);
    table.add(QStringLiteral("open + list summaries, %1 plans").arg(small), listSmall,
        QStringLiteral("ms"));
    table.add(QStringLiteral("open + list summaries, %1 plans").arg(large), listLarge,
        QStringLiteral("ms"));

    auto ws = openWorkspace(largePath);
    const PlanId target = ws->listPlans()->at(std::size_t(large / 2)).id;
    table.add(QStringLiteral("load one full plan"),
        medianMs(51, [&] { (void)ws->loadPlan(target); }), QStringLiteral("ms"));

    const Plan plan = *ws->loadPlan(target);
    const qint64 milestone = plan.milestones.front().id.value;
    int n = 0;
    const int commits = 300;
    const double editMs = medianMs(commits, [&] {
        (void)ws->apply(
            target, Change::set<&Milestone::name>(milestone, QStringLiteral("Edit %1").arg(++n)));
    });

    // The whole path of an edit in the editor: checked, applied, stored, undoable.
    PlanDocument document(*ws, *ws->loadPlan(target));
    const double documentMs = medianMs(commits, [&] {
        (void)document.set<&Milestone::name>(RowId(milestone), QStringLiteral("Edit %1").arg(++n));
    });

    QSqlQuery q(ws->database());
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_raw (x INTEGER)"));
    QSqlQuery insert(ws->database());
    insert.prepare(QStringLiteral("INSERT INTO bench_raw (x) VALUES (?)"));
    const double rawMs = medianMs(commits, [&] {
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        insert.addBindValue(++n);
        insert.exec();
        q.exec(QStringLiteral("COMMIT"));
    });
    table.add(
        QStringLiteral("one-field edit commit"), 1000.0 / editMs, QStringLiteral("commits/s"));
    table.add(QStringLiteral("one-field edit through the plan's document"), 1000.0 / documentMs,
        QStringLiteral("commits/s"));
    table.add(QStringLiteral("raw single-row INSERT transaction"), 1000.0 / rawMs,
        QStringLiteral("commits/s"));
    table.print(out);

    const double listRatio = listLarge / listSmall;
    const double commitRatio = rawMs / editMs;
    out << QStringLiteral("\nlisting %1 vs %2 plans: %3x (goal <= 10x): %4\n")
               .arg(large)
               .arg(small)
               .arg(listRatio, 0, 'f', 2)
               .arg(listRatio <= 10 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    out << QStringLiteral("edit commit rate vs raw insert rate: %1 (goal >= 0.5): %2\n")
               .arg(commitRatio, 0, 'f', 2)
               .arg(commitRatio >= 0.5 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    return listRatio <= 10 && commitRatio >= 0.5 ? 0 : 1;
}
