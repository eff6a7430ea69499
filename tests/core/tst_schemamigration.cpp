// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "storage/sqliteworkspace.h"
#include "storage/workspacefile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

class TestSchemaMigration : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int userVersion(QSqlDatabase db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void everyOlderVersionUpgrades_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < WorkspaceFile::kSchemaVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("format %1").arg(v))) << v;
    }

    void everyOlderVersionUpgrades()
    {
        QFETCH(int, version);
        const QString path = m_dir.filePath(QStringLiteral("v%1.accord").arg(version));
        {
            SqliteWorkspace::Options old;
            old.targetSchema = version;
            auto ws = SqliteWorkspace::open(path, old);
            QVERIFY2(ws, qPrintable(ws.error()));
            QCOMPARE(userVersion((*ws)->database()), version);
        }
        QCOMPARE(WorkspaceFile::inspect(path).schemaVersion(), version);
        auto ws = SqliteWorkspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE(userVersion((*ws)->database()), WorkspaceFile::kSchemaVersion);
        QCOMPARE((*ws)->check(true), QStringLiteral("ok"));
        const auto backups = (*ws)->backups().list();
        QCOMPARE(backups.size(), std::size_t(1));
        QCOMPARE(backups.front().reason, QStringLiteral("before-upgrade"));
        QCOMPARE(WorkspaceFile::inspect(backups.front().path).schemaVersion(), version);
        // The upgraded workspace stores and loads every field.
        auto stored = (*ws)->insertPlan(test::fullPlan(2));
        QVERIFY2(stored, qPrintable(stored.error()));
        auto loaded = (*ws)->loadPlan(stored->id);
        QString difference;
        QVERIFY2(test::samePlanContent(*loaded, *stored, &difference), qPrintable(difference));
    }

    // Format 1 had no cached health; upgrading computes it for existing plans.
    void version1DataIsCarriedForward()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1-data.accord"));
        {
            SqliteWorkspace::Options old;
            old.targetSchema = 1;
            auto ws = SqliteWorkspace::open(path, old);
            QVERIFY(ws);
            QSqlQuery q((*ws)->database());
            const QString statements[] = {
                QStringLiteral("INSERT INTO account (id, company, renewal_date) VALUES (1, 'Acme "
                               "Corp', '2026-08-01')"),
                QStringLiteral("INSERT INTO plan (id, account_id, created_at, updated_at, title, "
                               "version, status, "
                               "health_green_min, health_yellow_min, scope_months, qbr_minutes) "
                               "VALUES (7, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
                               "'Plan', '1.0', 'active', 80, 60, 12, 60)"),
                QStringLiteral("INSERT INTO health_component (plan_id, id, position, name, weight, "
                               "score) VALUES (7, 1, 0, 'Engagement', 30, 50)"),
                QStringLiteral("INSERT INTO health_component (plan_id, id, position, name, weight, "
                               "score) VALUES (7, 2, 1, 'Success', 70, 90)"),
            };
            for (const QString &s : statements)
                QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        }
        auto ws = SqliteWorkspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        auto list = (*ws)->listPlans();
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().company, QStringLiteral("Acme Corp"));
        QCOMPARE(list->front().healthScore.value(), 78.0);
        QCOMPARE(list->front().healthLevel.value(), HealthLevel::Yellow);
        auto plan = (*ws)->loadPlan(PlanId(7));
        QVERIFY(plan);
        QCOMPARE(plan->healthComponents.size(), std::size_t(2));
        QCOMPARE(plan->header.status, PlanStatus::Active);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schemamigration.moc"
