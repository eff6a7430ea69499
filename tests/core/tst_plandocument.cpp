// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/documentfixture.h"
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
    test::DocumentFixture m_fixture;

    Plan stored() { return *m_fixture.ws->loadPlan(m_fixture.doc->id()); }

private slots:
    void init() { QVERIFY(m_fixture.reset()); }

    void editIsPersistedAndUndoable()
    {
        QSignalSpy changed(m_fixture.doc.get(), &PlanDocument::changed);
        QVERIFY(m_fixture.doc->set<&Milestone::targetDate>(2, QDate(2026, 12, 24)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(stored().milestones[1].targetDate, QDate(2026, 12, 24));
        QCOMPARE(m_fixture.doc->undoStack()->undoText(), QStringLiteral("Change target date"));
        const QDate before = test::fullPlan(3).milestones[1].targetDate;
        m_fixture.doc->undoStack()->undo();
        QCOMPARE(m_fixture.doc->plan().milestones[1].targetDate, before);
        QCOMPARE(stored().milestones[1].targetDate, before);
        m_fixture.doc->undoStack()->redo();
        QCOMPARE(stored().milestones[1].targetDate, QDate(2026, 12, 24));
    }

    void typingMergesIntoOneStep()
    {
        const QString original = m_fixture.doc->plan().header.title;
        for (const char *text : {"A", "Ac", "Acm", "Acme plan"})
            QVERIFY(m_fixture.doc->set<&PlanHeader::title>(
                m_fixture.doc->id().value, QString::fromLatin1(text)));
        QCOMPARE(m_fixture.doc->undoStack()->count(), 1);
        QCOMPARE(stored().header.title, QStringLiteral("Acme plan"));
        m_fixture.doc->undoStack()->undo();
        QCOMPARE(stored().header.title, original);
    }

    void rowsAddRemoveMoveAndUndo()
    {
        const Result<qint64> added = m_fixture.doc->insertRow(tableOf<Risk>(), 0,
            {{fieldOf<&Risk::description>(), QStringLiteral("Champion leaves")}});
        QVERIFY(added);
        const qint64 id = *added;
        QCOMPARE(stored().risks.front().description, QStringLiteral("Champion leaves"));
        QVERIFY(m_fixture.doc->moveRow(tableOf<Risk>(), id, 3));
        QCOMPARE(stored().risks.back().id.value, id);
        QVERIFY(m_fixture.doc->removeRow(tableOf<Risk>(), id));
        QCOMPARE(stored().risks.size(), std::size_t(3));
        QCOMPARE(m_fixture.doc->undoStack()->undoText(), QStringLiteral("Remove row from Risks"));
        m_fixture.doc->undoStack()->undo();
        m_fixture.doc->undoStack()->undo();
        QCOMPARE(stored().risks.front().id.value, id);
        m_fixture.doc->undoStack()->undo();
        QCOMPARE(stored().risks.size(), std::size_t(3));
        QString difference;
        QVERIFY2(test::samePlanContent(stored(), m_fixture.doc->plan(), &difference),
            qPrintable(difference));
    }

    void removingAnOutcomeIsOneStepWithItsChildren()
    {
        const Plan before = stored();
        const qint64 outcome = before.outcomes[0].id.value;
        QVERIFY(m_fixture.doc->removeRow(tableOf<Outcome>(), outcome));
        QCOMPARE(m_fixture.doc->undoStack()->count(), 1);
        for (const Metric &m : stored().metrics)
            QVERIFY(m.outcome.value != outcome);
        m_fixture.doc->undoStack()->undo();
        QString difference;
        QVERIFY2(test::samePlanContent(stored(), before, &difference), qPrintable(difference));
    }

    void refusedEditsChangeNothing()
    {
        QSignalSpy errors(m_fixture.doc.get(), &PlanDocument::error);
        const Plan before = stored();
        QVERIFY(!m_fixture.doc->set(
            fieldOf<&PlanHeader::status>(), m_fixture.doc->id().value, QStringLiteral("sideways")));
        QVERIFY(!m_fixture.doc->set<&Milestone::name>(99, QStringLiteral("x")));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(m_fixture.doc->undoStack()->count(), 0);
        QString difference;
        QVERIFY2(test::samePlanContent(stored(), before, &difference), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
