// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/editchild.h"

#include <QSet>
#include <QTemporaryDir>

using namespace accord;

// Two processes edit one workspace at once; every edit lands and none is refused.
class TestConcurrentEdits : public QObject {
    Q_OBJECT

private slots:
    void twoProcessesEachMake500Edits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.accord"));
        PlanId first, second;
        {
            auto ws = SqliteWorkspace::open(path);
            QVERIFY(ws);
            Plan plan;
            plan.header.title = QStringLiteral("First");
            first = (*ws)->insertPlan(plan)->id;
            plan.header.title = QStringLiteral("Second");
            second = (*ws)->insertPlan(plan)->id;
        }
        constexpr int kEdits = 500;
        std::unique_ptr<QProcess> a(test::startEditChild(path, first, kEdits, QStringLiteral("a")));
        std::unique_ptr<QProcess> b(
            test::startEditChild(path, second, kEdits, QStringLiteral("b")));
        for (QProcess *p : {a.get(), b.get()}) {
            QVERIFY(p->waitForFinished(240000));
            const QByteArray errors = p->readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            QCOMPARE(p->exitCode(), 0);
            QCOMPARE(test::committedEdits(p->readAllStandardOutput()).size(), kEdits);
        }
        auto ws = SqliteWorkspace::open(path);
        QVERIFY(ws);
        QCOMPARE((*ws)->check(true), QStringLiteral("ok"));
        for (const auto &[id, tag] :
            {std::pair {first, QStringLiteral("a")}, std::pair {second, QStringLiteral("b")}}) {
            auto plan = (*ws)->loadPlan(id);
            QVERIFY(plan);
            QCOMPARE(int(plan->glossary.size()), kEdits);
            for (int i = 0; i < kEdits; ++i)
                QCOMPARE(
                    plan->glossary[std::size_t(i)].term, QStringLiteral("%1-%2").arg(tag).arg(i));
        }
    }
};

ACCORD_TEST_MAIN_WITH_EDIT_CHILD(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
