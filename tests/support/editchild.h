// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqliteworkspace.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>

namespace accord::test {

// A child process that adds glossary entries "<tag>-<i>" to a plan, one committed
// edit at a time, and prints i on its own line after each commit. Tests start it
// by running their own executable with: --edit-child WORKSPACE PLAN COUNT TAG
inline int runEditChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2;
    auto ws = SqliteWorkspace::open(args[2]);
    if (!ws) {
        fprintf(stderr, "error: %s\n", qPrintable(ws.error()));
        return 3;
    }
    const PlanId plan(args[3].toLongLong());
    const int count = args[4].toInt();
    const QString tag = args[5];
    const PlanTable *glossary = &tableOf<GlossaryEntry>();
    auto loaded = (*ws)->loadPlan(plan);
    if (!loaded) {
        fprintf(stderr, "error: %s\n", qPrintable(loaded.error()));
        return 3;
    }
    qint64 nextId = glossary->nextRowId(*loaded);
    int position = glossary->rowCount(*loaded);
    for (int i = 0; i < count; ++i) {
        RowData row = glossary->defaultRow(nextId++);
        row.values[fieldOf<&GlossaryEntry::term>().index] = QStringLiteral("%1-%2").arg(tag).arg(i);
        auto done = (*ws)->apply(plan, Change::insert(*glossary, position++, row));
        if (!done) {
            fprintf(stderr, "error: %s\n", qPrintable(done.error()));
            return 4;
        }
        printf("%d\n", i);
        fflush(stdout);
    }
    return 0;
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
        QCoreApplication app(argc, argv);                                                          \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
