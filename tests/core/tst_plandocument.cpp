// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "document/plandocument.h"
#include "storage/sqliteworkspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// Every edit is persisted when made, and again on undo and redo.
class TestPlanDocument : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspace> m_ws;
    std::unique_ptr<PlanDocument> m_doc;

    Plan stored() { return *m_ws->loadPlan(m_doc->id()); }

private slots:
    void init()
    {
        m_doc.reset();
        m_ws.reset();
        auto ws = SqliteWorkspace::open(m_dir.filePath(
            QStringLiteral("%1.accord").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(ws);
        m_ws = std::move(ws.value());
        auto plan = m_ws->insertPlan(test::fullPlan(3));
        QVERIFY(plan);
        m_doc = std::make_unique<PlanDocument>(*m_ws, *plan);
    }

    void editIsPersistedAndUndoable()
    {
        QSignalSpy changed(m_doc.get(), &PlanDocument::changed);
        QVERIFY(m_doc->setValue(
            QStringLiteral("milestone"), 2, QStringLiteral("target_date"), QDate(2026, 12, 24)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(stored().milestones[1].targetDate, QDate(2026, 12, 24));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change target date"));
        const QDate before = test::fullPlan(3).milestones[1].targetDate;
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->plan().milestones[1].targetDate, before);
        QCOMPARE(stored().milestones[1].targetDate, before);
        m_doc->undoStack()->redo();
        QCOMPARE(stored().milestones[1].targetDate, QDate(2026, 12, 24));
    }

    void typingMergesIntoOneStep()
    {
        const QString original = m_doc->plan().header.title;
        for (const char *text : {"A", "Ac", "Acm", "Acme plan"})
            QVERIFY(m_doc->setValue(QStringLiteral("plan"), m_doc->id().value,
                QStringLiteral("title"), QString::fromLatin1(text)));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(stored().header.title, QStringLiteral("Acme plan"));
        m_doc->undoStack()->undo();
        QCOMPARE(stored().header.title, original);
    }

    void rowsAddRemoveMoveAndUndo()
    {
        qint64 id = 0;
        QVERIFY(m_doc->insertRow(QStringLiteral("risk"), 0,
            {{QStringLiteral("description"), QStringLiteral("Champion leaves")}}, &id));
        QCOMPARE(stored().risks.front().description, QStringLiteral("Champion leaves"));
        QVERIFY(m_doc->moveRow(QStringLiteral("risk"), id, 3));
        QCOMPARE(stored().risks.back().id.value, id);
        QVERIFY(m_doc->removeRow(QStringLiteral("risk"), id));
        QCOMPARE(stored().risks.size(), std::size_t(3));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Remove row from Risks"));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(stored().risks.front().id.value, id);
        m_doc->undoStack()->undo();
        QCOMPARE(stored().risks.size(), std::size_t(3));
        QString difference;
        QVERIFY2(
            test::samePlanContent(stored(), m_doc->plan(), &difference), qPrintable(difference));
    }

    void removingAnOutcomeIsOneStepWithItsChildren()
    {
        const Plan before = stored();
        const qint64 outcome = before.outcomes[0].id.value;
        QVERIFY(m_doc->removeRow(QStringLiteral("outcome"), outcome));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        for (const Metric &m : stored().metrics)
            QVERIFY(m.outcome.value != outcome);
        m_doc->undoStack()->undo();
        QString difference;
        QVERIFY2(test::samePlanContent(stored(), before, &difference), qPrintable(difference));
    }

    void refusedEditsChangeNothing()
    {
        QSignalSpy errors(m_doc.get(), &PlanDocument::error);
        const Plan before = stored();
        QVERIFY(!m_doc->setValue(QStringLiteral("plan"), m_doc->id().value,
            QStringLiteral("status"), QStringLiteral("sideways")));
        QVERIFY(!m_doc->setValue(
            QStringLiteral("milestone"), 99, QStringLiteral("name"), QStringLiteral("x")));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QString difference;
        QVERIFY2(test::samePlanContent(stored(), before, &difference), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
