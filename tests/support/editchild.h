// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/workspacebootstrap.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>

namespace accord::test {

// The workspace at location and one plan of it, or null after saying why on stderr.
inline std::pair<std::unique_ptr<Workspace>, Plan> openAndLoad(const QString &location, PlanId plan)
{
    auto ws = WorkspaceBootstrap::open(location, false);
    if (!ws) {
        fprintf(stderr, "error: %s\n", qPrintable(ws.error()));
        return {};
    }
    auto loaded = (*ws)->loadPlan(plan);
    if (!loaded) {
        fprintf(stderr, "error: %s\n", qPrintable(loaded.error()));
        return {};
    }
    return {std::move(*ws), std::move(*loaded)};
}

// A child process that adds glossary entries "<tag>-<i>" to a plan, one committed
// edit at a time, and prints i on its own line after each commit. Tests start it
// by running their own executable with: --edit-child WORKSPACE PLAN COUNT TAG
// (WORKSPACE a file or a server's address).
inline int runEditChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2;
    const PlanId plan(args[3].toLongLong());
    auto [ws, loaded] = openAndLoad(args[2], plan);
    if (!ws)
        return 3;
    const int count = args[4].toInt();
    const QString tag = args[5];
    const PlanTable *glossary = &tableOf<GlossaryEntry>();
    qint64 nextId = glossary->nextRowId(loaded);
    int position = glossary->rowCount(loaded);
    for (int i = 0; i < count; ++i) {
        RowData row = glossary->defaultRow(nextId++);
        row.values[fieldOf<&GlossaryEntry::term>().index] = QStringLiteral("%1-%2").arg(tag).arg(i);
        auto done = ws->apply(plan, Change::insert(*glossary, position++, row));
        if (!done) {
            fprintf(stderr, "error: %s\n", qPrintable(done.error()));
            return 4;
        }
        printf("%d\n", i);
        fflush(stdout);
    }
    return 0;
}

// A child process that loads a plan, waits for a line on its standard input,
// then sets the plan's title or version to VALUE as the window does (expecting
// the value it loaded) and prints "landed", or "refused: why" and exits with 5
// when the workspace refused it as a conflict.
//   --set-child WORKSPACE PLAN title|version VALUE
inline int runSetChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2;
    const PlanId plan(args[3].toLongLong());
    auto [ws, loaded] = openAndLoad(args[2], plan);
    if (!ws)
        return 3;
    const bool title = args[4] == u"title";
    Change change = title ? Change::set<&PlanHeader::title>(plan, args[5])
                          : Change::set<&PlanHeader::version>(plan, args[5]);
    change.expected = title ? loaded.header.title : loaded.header.version;
    printf("ready\n");
    fflush(stdout);
    char line[16];
    if (!fgets(line, sizeof line, stdin))
        return 2;
    const Result<void> done = ws->apply(plan, change);
    if (done) {
        printf("landed\n");
        return 0;
    }
    printf("refused: %s\n", qPrintable(done.error()));
    return done.failure().code == Error::Code::Conflict ? 5 : 4;
}

inline QProcess *startEditChild(
    const QString &workspace, PlanId plan, int count, const QString &tag)
{
    auto *process = new QProcess;
    process->setProgram(QCoreApplication::applicationFilePath());
    process->setArguments({QStringLiteral("--edit-child"), workspace, QString::number(plan.value),
        QString::number(count), tag});
    process->start();
    return process;
}

// The numbers a child reported as committed (complete lines only).
inline QList<int> committedEdits(const QByteArray &output)
{
    QList<int> result;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        result << lines[i].toInt();
    return result;
}

} // namespace accord::test

// Like QTEST_GUILESS_MAIN, with the edit child available to the test.
#define ACCORD_TEST_MAIN_WITH_EDIT_CHILD(TestObject)                                               \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        if (argc > 1 && qstrcmp(argv[1], "--edit-child") == 0)                                     \
            return accord::test::runEditChild(argc, argv);                                         \
        if (argc > 1 && qstrcmp(argv[1], "--set-child") == 0)                                      \
            return accord::test::runSetChild(argc, argv);                                          \
        QCoreApplication app(argc, argv);                                                          \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
