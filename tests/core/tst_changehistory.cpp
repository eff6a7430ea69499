// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "../support/editchild.h"
#include "../support/fullplan.h"
#include "../support/testworkspace.h"

#include "document/plandocument.h"
#include "document/signoffrecorder.h"
#include "model/collaboration.h"
#include "model/risks.h"
#include "rules/planfingerprint.h"
#include "storage/backupmanager.h"
#include "storage/sqlworkspace.h"
#include "util/systemuser.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace accord;
using Kind = ChangeEntry::Kind;

// The change history on both backends: every kind of edit appends its entry in
// the edit's own transaction, whole-plan steps one entry each, who and when;
// entries are never changed or deleted; a process killed mid-edit leaves no edit
// without its entry and no entry without its edit.
class TestChangeHistory : public QObject {
    Q_OBJECT

private:
    static std::vector<ChangeEntry> historyOf(Workspace &ws, PlanId plan)
    {
        auto entries = ws.history(plan, {});
        if (!entries)
            qFatal("%s", qPrintable(entries.error()));
        return *entries;
    }

    static QString who(Workspace &ws)
    {
        return ws.isServer() ? test::testServer()->user() : systemUser();
    }

    static qint64 count(Workspace &ws, const QString &sql)
    {
        QSqlQuery q(dynamic_cast<SqlWorkspace &>(ws).database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

private slots:
    // Values set, rows added, moved and removed, an undo: each its own entry,
    // newest first, with who, when, and the values before and after.
    void everyEditHasItsEntry()
    {
        const test::TestWorkspaceLocation place;
        auto ws = test::openOrFail(place);
        QVERIFY(ws);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto stored = ws->insertPlan(test::fullPlan(2));
        QVERIFY(stored);
        const PlanId id = stored->id;
        PlanDocument doc(*ws, *stored);
        const QString before = stored->header.title;
        QVERIFY(doc.set<&PlanHeader::title>(id.value, QStringLiteral("New title")));
        const QDate due = stored->milestones.front().targetDate;
        const qint64 milestone = stored->milestones.front().id.value;
        QVERIFY(doc.set<&Milestone::targetDate>(milestone, due.addDays(16)));
        const Result<qint64> risk = doc.insertRow(
            tableOf<Risk>(), 0, {{fieldOf<&Risk::description>(), QStringLiteral("Churn risk")}});
        QVERIFY(risk);
        QVERIFY(doc.moveRow(tableOf<Risk>(), *risk, 1));
        QVERIFY(doc.removeRow(tableOf<Risk>(), *risk));
        doc.undoStack()->undo(); // the removal undone: the row added again, an entry of its own
        QVERIFY(!doc.set(fieldOf<&PlanHeader::status>(), id.value, QStringLiteral("sideways")));

        const std::vector<ChangeEntry> entries = historyOf(*ws, id);
        QStringList seen;
        for (const ChangeEntry &e : entries) {
            seen << QStringLiteral("%1 %2#%3 %4: %5 -> %6")
                        .arg(ChangeEntry::kindKey(e.kind), e.table)
                        .arg(e.rowId)
                        .arg(e.field, e.oldValue, e.newValue);
            QCOMPARE(e.login, who(*ws));
            QVERIFY(e.at >= start && e.at <= QDateTime::currentDateTimeUtc());
            QCOMPARE(e.plan, id);
        }
        const QString r = QString::number(*risk);
        const QString m = QString::number(milestone);
        QCOMPARE(seen,
            QStringList({QStringLiteral("insert risk#%1 :  -> Churn risk").arg(r),
                QStringLiteral("remove risk#%1 : Churn risk -> ").arg(r),
                QStringLiteral("move risk#%1 : 1 -> 2").arg(r),
                QStringLiteral("insert risk#%1 :  -> Churn risk").arg(r),
                QStringLiteral("set milestone#%1 target_date: %2 -> %3")
                    .arg(m, due.toString(Qt::ISODate), due.addDays(16).toString(Qt::ISODate)),
                QStringLiteral("set plan#%1 title: %2 -> New title").arg(id.value).arg(before),
                QStringLiteral("create plan#%1 :  -> %2").arg(id.value).arg(before)}));
    }

    // Whole-plan steps are one entry each: an import, a sign-off, a delete, a
    // plan brought back, a team assigned.
    void wholePlanStepsAreOneEntryEach()
    {
        const test::TestWorkspaceLocation place;
        auto ws = test::openOrFail(place);
        QVERIFY(ws);
        const Plan acme = test::acmePlan();
        auto imported = ws->insertPlan(acme, PlanOrigin::Imported);
        QVERIFY2(imported, qPrintable(imported.error()));
        const PlanId id = imported->id;
        std::vector<ChangeEntry> entries = historyOf(*ws, id);
        QCOMPARE(entries.size(), std::size_t(1)); // not one per row imported
        QCOMPARE(entries[0].kind, Kind::Import);
        QCOMPARE(entries[0].newValue, acme.header.title);

        // the sign-off of a plan with signatories (the imported one has none)
        auto full = ws->insertPlan(test::fullPlan(3));
        QVERIFY(full);
        PlanDocument doc(*ws, *full);
        const SignOff *last = latestSignOff(doc.plan());
        const QDate date = last ? last->date.addDays(30) : QDate::currentDate();
        QVERIFY(!doc.plan().signatories.empty());
        const qint64 signatory = doc.plan().signatories.front().id.value;
        const Result<void> signed_ = SignOffRecorder::record(doc, date, {signatory}, date);
        QVERIFY2(signed_, qPrintable(signed_.error()));
        entries = historyOf(*ws, full->id);
        const auto signOffs = std::count_if(entries.begin(), entries.end(),
            [](const ChangeEntry &e) { return e.kind == Kind::SignOff; });
        QCOMPARE(signOffs, 1);
        const auto signOff = std::find_if(entries.begin(), entries.end(),
            [](const ChangeEntry &e) { return e.kind == Kind::SignOff; });
        QCOMPARE(signOff->newValue.section(u'\n', 0, 0), doc.plan().header.version);
        QVERIFY(signOff->newValue.contains(doc.plan().signatories.front().name));
        entries = historyOf(*ws, id);
        const std::size_t beforeTeam = entries.size();
        QVERIFY(
            ws->setTeam(imported->account.id, {QStringLiteral("lisa"), {QStringLiteral("omar")}}));
        entries = historyOf(*ws, id);
        QCOMPARE(entries.size(), beforeTeam + 1);
        QCOMPARE(entries.front().kind, Kind::Team);
        QCOMPARE(entries.front().newValue, QStringLiteral("lisa\nomar"));

        QVERIFY(ws->deletePlan(id));
        entries = historyOf(*ws, id); // a deleted plan's history stays
        QCOMPARE(entries.front().kind, Kind::Delete);
        QCOMPARE(entries.front().oldValue, acme.header.title);
        auto back = ws->insertPlan(*imported, PlanOrigin::Restored);
        QVERIFY(back);
        entries = historyOf(*ws, back->id);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries[0].kind, Kind::Restore);
    }

    // A workspace restored from a backup: each plan's history says so and from what.
    void aRestoreIsInEveryPlansHistory()
    {
        if (test::onServer())
            QSKIP("a server's backups are its administrator's (pg_dump)");
        const test::TestWorkspaceLocation place;
        QString backup;
        PlanId id;
        {
            auto ws = test::openOrFail(place);
            QVERIFY(ws);
            id = ws->insertPlan(test::fullPlan(1))->id;
            auto made = ws->backup(QStringLiteral("manual"));
            QVERIFY2(made, qPrintable(made.error()));
            backup = *made;
            QVERIFY(ws->apply(id, Change::set<&PlanHeader::title>(id, QStringLiteral("Later"))));
        }
        const Result<void> restored = BackupManager::restore(place.location(), backup);
        QVERIFY2(restored, qPrintable(restored.error()));
        auto ws = test::openOrFail(place);
        QVERIFY(ws);
        const std::vector<ChangeEntry> entries = historyOf(*ws, id);
        QCOMPARE(entries.front().kind, Kind::Restore);
        QCOMPARE(entries.front().oldValue, QFileInfo(backup).fileName());
        // the restored content's history is the backup's, the later edit gone with it
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries.back().kind, Kind::Create);
    }

    // Nothing changes or deletes an entry, not even plain SQL on the workspace.
    void entriesCannotBeChangedOrDeleted()
    {
        const test::TestWorkspaceLocation place;
        auto ws = test::openOrFail(place);
        QVERIFY(ws);
        const PlanId id = ws->insertPlan(test::fullPlan(1))->id;
        QVERIFY(ws->apply(id, Change::set<&PlanHeader::title>(id, QStringLiteral("Once"))));
        QSqlQuery q(dynamic_cast<SqlWorkspace &>(*ws).database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE change_log SET new_value = 'forged'")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
            qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM change_log")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
            qPrintable(q.lastError().text()));
        QCOMPARE(count(*ws, QStringLiteral("SELECT count(*) FROM change_log")), 2);
        QCOMPARE(historyOf(*ws, id).front().newValue, QStringLiteral("Once"));
    }

    // The history can be read by person, section, day and field.
    void filtersNarrowTheHistory()
    {
        const test::TestWorkspaceLocation place;
        auto ws = test::openOrFail(place);
        QVERIFY(ws);
        auto stored = ws->insertPlan(test::fullPlan(2));
        const PlanId id = stored->id;
        const qint64 milestone = stored->milestones.front().id.value;
        QVERIFY(ws->apply(id, Change::set<&PlanHeader::title>(id, QStringLiteral("T1"))));
        QVERIFY(ws->apply(id, Change::set<&Milestone::name>(milestone, QStringLiteral("M1"))));
        QVERIFY(ws->apply(id, Change::set<&PlanHeader::title>(id, QStringLiteral("T2"))));
        ChangeFilter filter;
        filter.tables = {QStringLiteral("milestone")};
        QCOMPARE(ws->history(id, filter)->size(), std::size_t(1));
        filter = {};
        filter.tables = {QStringLiteral("plan")};
        filter.rowId = id.value;
        filter.field = QStringLiteral("title");
        filter.limit = 1;
        QCOMPARE(ws->history(id, filter)->front().newValue, QStringLiteral("T2"));
        filter = {};
        filter.login = QStringLiteral("nobody-else");
        QVERIFY(ws->history(id, filter)->empty());
        filter = {};
        filter.since = QDate::currentDate().addDays(1);
        QVERIFY(ws->history(id, filter)->empty());
        filter = {};
        filter.since = QDate::currentDate();
        filter.until = QDate::currentDate();
        QCOMPARE(ws->history(id, filter)->size(), std::size_t(4));
        filter.until = QDate::currentDate().addDays(-1);
        filter.since = {};
        QVERIFY(ws->history(id, filter)->empty());
    }

    // The history is read back exactly as it was written, whatever the values
    // hold: tabs, line breaks, backslashes, quotes, letters beyond ASCII, a text
    // that looks like SQL's NULL in a copy, empty texts and no text at all;
    // filters whose values need quoting.
    void valuesComeBackAsTheyWereStored()
    {
        const test::TestWorkspaceLocation place;
        auto ws = test::openOrFail(place);
        QVERIFY(ws);
        auto stored = ws->insertPlan(test::fullPlan(1));
        QVERIFY(stored);
        const PlanId id = stored->id;
        const QStringList values {QStringLiteral("tab\there"), QStringLiteral("line\nbreak\r\n"),
            QStringLiteral("back\\slash \\N \\t"), QStringLiteral("\\N"),
            QStringLiteral("it's \"quoted\" ? $1"), QStringLiteral("Zoë – 東京 😀"),
            QStringLiteral("\b\f\v\x01"), QString(QLatin1Char('x')).repeated(20000),
            QStringLiteral(""), QString()};
        QSqlQuery q(dynamic_cast<SqlWorkspace &>(*ws).database());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO change_log (plan_id, at, login, display_name, kind, table_name, row_id, "
            "field, old_value, new_value) VALUES (?, ?, ?, ?, 'set', 'plan', ?, 'title', ?, ?)")));
        for (int i = 0; i < values.size(); ++i) {
            q.addBindValue(id.value);
            q.addBindValue(QStringLiteral("2030-01-01T00:00:%1.000Z").arg(i, 2, 10, QChar(u'0')));
            q.addBindValue(i % 2 ? QStringLiteral("o'brien") : QStringLiteral("lisa\tpark"));
            q.addBindValue(i % 3 ? QVariant(values[i]) : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(id.value);
            q.addBindValue(
                values[i].isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(values[i]));
            q.addBindValue(values[values.size() - 1 - i].isNull()
                    ? QVariant(QMetaType(QMetaType::QString))
                    : QVariant(values[values.size() - 1 - i]));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const std::vector<ChangeEntry> entries = historyOf(*ws, id);
        QVERIFY(entries.size() > std::size_t(values.size()));
        for (int i = 0; i < values.size(); ++i) {
            const ChangeEntry &e = entries[std::size_t(values.size() - 1 - i)]; // newest first
            QCOMPARE(e.at, QDateTime(QDate(2030, 1, 1), QTime(0, 0, i), Qt::UTC));
            QCOMPARE(e.login, i % 2 ? QStringLiteral("o'brien") : QStringLiteral("lisa\tpark"));
            QCOMPARE(e.name, i % 3 ? values[i] : QString());
            QCOMPARE(e.oldValue, values[i]);
            QCOMPARE(e.oldValue.isNull(), values[i].isNull());
            QCOMPARE(e.newValue, values[values.size() - 1 - i]);
            QCOMPARE(e.newValue.isNull(), values[values.size() - 1 - i].isNull());
            QCOMPARE(e.kind, Kind::Set);
            QCOMPARE(e.field, QStringLiteral("title"));
        }
        ChangeFilter filter;
        filter.login = QStringLiteral("o'brien");
        QCOMPARE(ws->history(id, filter)->size(), std::size_t(values.size() / 2));
        filter.login = QStringLiteral("lisa\tpark");
        filter.since = QDate(2030, 1, 1);
        QCOMPARE(ws->history(id, filter)->size(), std::size_t((values.size() + 1) / 2));
        filter.login = QStringLiteral("nobody' OR '1'='1");
        QVERIFY(ws->history(id, filter)->empty());
        filter = {};
        filter.kinds = {Kind::Insert, Kind::Remove};
        const auto rows = ws->history(id, filter);
        QVERIFY(rows);
        for (const ChangeEntry &e : *rows)
            QVERIFY(e.kind == Kind::Insert || e.kind == Kind::Remove);
        filter.kinds = {Kind::Set};
        QCOMPARE(ws->history(id, filter)->size(), std::size_t(values.size()));
    }

    // A workspace of an older format: each plan starts its history with one
    // entry for the content it had.
    void olderPlansStartWithTheirExistingContent()
    {
        const test::TestWorkspaceLocation place;
        {
            auto old = place.open(4);
            QVERIFY2(old, qPrintable(old.error()));
            QSqlQuery q(dynamic_cast<SqlWorkspace &>(**old).database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO account (company) VALUES ('Initech')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO plan (account_id, created_at, updated_at, title) SELECT id, "
                "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'Old plan' FROM "
                "account")));
        }
        auto ws = test::openOrFail(place);
        QVERIFY(ws);
        const PlanId id = ws->listPlans()->front().id;
        QVERIFY(ws->apply(id, Change::set<&PlanHeader::title>(id, QStringLiteral("Newer plan"))));
        const std::vector<ChangeEntry> entries = historyOf(*ws, id);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries.back().kind, Kind::Existing);
        QCOMPARE(entries.back().newValue, QStringLiteral("Old plan"));
        QCOMPARE(entries.back().at.date(), QDate(2025, 1, 1));
        QCOMPARE(entries.front().oldValue, QStringLiteral("Old plan"));
    }

    // A writer killed at any moment: every edit that landed has its entry, and
    // no entry is there for an edit that did not land (one transaction each).
    void aKilledWriterLeavesEditsAndEntriesTogether()
    {
        const int rounds = qEnvironmentVariableIntValue("ACCORD_KILL_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("ACCORD_KILL_ROUNDS")
            : 3;
        const test::TestWorkspaceLocation place;
        PlanId id;
        {
            auto ws = test::openOrFail(place);
            QVERIFY(ws);
            Plan plan;
            plan.account.company = QStringLiteral("Killco");
            plan.header.title = QStringLiteral("Killed");
            id = ws->insertPlan(plan)->id;
        }
        for (int round = 0; round < rounds; ++round) {
            std::unique_ptr<QProcess> child(test::startEditChild(
                place.location(), id, 100000, QStringLiteral("r%1").arg(round)));
            QVERIFY(child->waitForStarted());
            // let it commit some edits, then kill it at a moment of its own
            const int wanted = 5 + int(QRandomGenerator::global()->bounded(20));
            QByteArray out;
            while (out.count('\n') < wanted && child->state() == QProcess::Running) {
                child->waitForReadyRead(5000);
                out += child->readAllStandardOutput();
            }
            QTest::qWait(int(QRandomGenerator::global()->bounded(30)));
            ::kill(pid_t(child->processId()), SIGKILL);
            QVERIFY(child->waitForFinished(10000));
            out += child->readAllStandardOutput();
            QVERIFY2(out.count('\n') >= wanted, child->readAllStandardError().constData());
            auto ws = test::openOrFail(place);
            QVERIFY(ws);
            const Plan plan = *ws->loadPlan(id);
            ChangeFilter glossary;
            glossary.tables = {QStringLiteral("glossary_entry")};
            const std::vector<ChangeEntry> entries = *ws->history(id, glossary);
            QCOMPARE(entries.size(), plan.glossary.size());
            QVERIFY(int(plan.glossary.size()) >= test::committedEdits(out).size());
            for (std::size_t i = 0; i < entries.size(); ++i) {
                const ChangeEntry &e = entries[entries.size() - 1 - i]; // oldest first
                QCOMPARE(e.kind, Kind::Insert);
                QCOMPARE(e.rowId, plan.glossary[i].id.value);
                QCOMPARE(e.newValue, plan.glossary[i].term);
            }
        }
    }
};

ACCORD_TEST_MAIN_WITH_EDIT_CHILD(TestChangeHistory)
#include "tst_changehistory.moc"
