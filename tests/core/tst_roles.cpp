// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/testworkspace.h"

#include "model/plan.h"
#include "model/roadmap.h"
#include "model/stakeholder.h"
#include "storage/postgresworkspace.h"
#include "storage/teamserver.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace accord;

// Roles on a real PostgreSQL server: what each login may do through Accord, the
// words it is told when it may not, and the same attempts made in plain SQL as
// that login, refused by the database itself (grants and row-level security).
class TestRoles : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspaceLocation> m_place;
    QString m_suffix;
    PlanId m_annPlan; // of Ann's account, created by Ann (a CSM)
    AccountId m_annAccount;

    QString login(const QString &who) const { return who + u'_' + m_suffix; }
    static QString password(const QString &login) { return QStringLiteral("pw ") + login; }

    ServerAddress addressOf(const QString &who) const
    {
        QString uri = m_place->location();
        uri.replace(QRegularExpression(QStringLiteral("^postgresql://[^@/]*@")),
            QStringLiteral("postgresql://%1@").arg(login(who)));
        Result<ServerAddress> address = ServerAddress::parse(uri);
        if (!address)
            qFatal("%s", qPrintable(address.error()));
        address->setPassword(password(login(who)));
        return *address;
    }

    std::unique_ptr<PostgresWorkspace> openAs(const QString &who) const
    {
        auto ws = PostgresWorkspace::open(addressOf(who));
        if (!ws) {
            qWarning("%s", qPrintable(ws.error()));
            return nullptr;
        }
        return std::move(*ws);
    }

    // Runs one statement in plain SQL as who; the error text, empty when it ran.
    QString sqlAs(const QString &who, const QString &sql, int *rows = nullptr) const
    {
        const QString name = QUuid::createUuid().toString();
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            addressOf(who).applyTo(db, 10);
            if (!db.open()) {
                error = QStringLiteral("[open] ") + db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    error = q.lastError().databaseText();
                else if (rows)
                    *rows = q.numRowsAffected();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    QString stored(const QString &sql) const { return test::serverValue(m_place->database(), sql); }

    static Plan newPlan(const QString &company)
    {
        Plan plan = test::fullPlan();
        plan.account.id = {};
        plan.account.company = company;
        plan.header.title = company + QStringLiteral(" plan");
        return plan;
    }

    static Change retitle(PlanId plan, const QString &title)
    {
        return Change::set<&PlanHeader::title>(plan, title);
    }

private slots:
    void initTestCase()
    {
        m_place = std::make_unique<test::TestWorkspaceLocation>(true);
        QVERIFY2(m_place->error().isEmpty(), qPrintable(m_place->error()));
        m_suffix = m_place->database().right(8).toLower();
        const Result<QString> init = TeamServer::init(m_place->address());
        QVERIFY2(init, qPrintable(init.error()));
        const std::pair<const char *, const char *> people[]
            = {{"vic", "viewer"}, {"ann", "csm"}, {"bob", "csm"}, {"meg", "manager"}};
        for (const auto &[who, role] : people) {
            const QString name = QString::fromLatin1(who);
            const Result<QString> added = TeamServer::addUser(m_place->address(), login(name),
                QString::fromLatin1(role), password(login(name)),
                name.left(1).toUpper() + name.mid(1) + QStringLiteral(" Example"));
            QVERIFY2(added, qPrintable(added.error()));
        }
        auto ann = openAs(QStringLiteral("ann"));
        QVERIFY(ann);
        const Result<Plan> plan = ann->insertPlan(newPlan(QStringLiteral("Anncorp")));
        QVERIFY2(plan, qPrintable(plan.error()));
        m_annPlan = plan->id;
        m_annAccount = plan->account.id;
        QCOMPARE(
            stored(
                QStringLiteral("SELECT owner FROM account WHERE id = %1").arg(m_annAccount.value)),
            login(QStringLiteral("ann")));
    }

    void aCsmEditsTheAccountsTheyOwn()
    {
        auto ann = openAs(QStringLiteral("ann"));
        QVERIFY(ann);
        const Result<EditRights> rights = ann->rights(m_annPlan);
        QVERIFY2(rights, qPrintable(rights.error()));
        QVERIFY(rights->edit);
        QVERIFY(!rights->remove);
        QVERIFY(!rights->assign);
        QCOMPARE(rights->role, QStringLiteral("csm"));
        const Result<void> done
            = ann->apply(m_annPlan, retitle(m_annPlan, QStringLiteral("Ann's")));
        QVERIFY2(done, qPrintable(done.error()));
        QCOMPARE(
            stored(QStringLiteral("SELECT title FROM plan WHERE id = %1").arg(m_annPlan.value)),
            QStringLiteral("Ann's"));
        const auto history = ann->history(m_annPlan, {});
        QVERIFY(history && !history->empty());
        QCOMPARE(history->front().login, login(QStringLiteral("ann")));
        QCOMPARE(history->front().name, QStringLiteral("Ann Example"));
        QCOMPARE(history->front().newValue, QStringLiteral("Ann's"));
    }

    void aCsmOffTheTeamIsRefusedInWords()
    {
        auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(bob);
        const QString before
            = stored(QStringLiteral("SELECT title FROM plan WHERE id = %1").arg(m_annPlan.value));
        const Result<EditRights> rights = bob->rights(m_annPlan);
        QVERIFY2(rights, qPrintable(rights.error()));
        QVERIFY(!rights->edit);
        QVERIFY2(rights->reason.contains(QStringLiteral("Anncorp"))
                && rights->reason.contains(login(QStringLiteral("bob")))
                && rights->reason.contains(QStringLiteral("not on it")),
            qPrintable(rights->reason));
        const QString entries = stored(QStringLiteral("SELECT count(*) FROM change_log"));
        Result<void> refused = bob->apply(m_annPlan, retitle(m_annPlan, QStringLiteral("Bob's")));
        QVERIFY(!refused);
        QCOMPARE(refused.failure().code, Error::Code::NotAllowed);
        QCOMPARE(refused.error(), rights->reason);
        Stakeholder person;
        person.id = StakeholderId(900);
        person.name = QStringLiteral("Bob's friend");
        refused = bob->apply(m_annPlan, Change::insert(0, person));
        QVERIFY(!refused);
        QCOMPARE(refused.error(), rights->reason);
        refused = bob->deletePlan(m_annPlan);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("Only a manager may delete")),
            qPrintable(refused.error()));
        refused = bob->setTeam(m_annAccount, {login(QStringLiteral("bob")), {}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("Only a manager may change who owns")),
            qPrintable(refused.error()));
        // the plan's document choices are its team's; the workspace's, the managers'
        refused = bob->setSetting(
            QStringLiteral("document/audience"), QStringLiteral("internal"), m_annPlan);
        QCOMPARE(refused.error(), rights->reason);
        refused = bob->setSetting(QStringLiteral("vendor/name"), QStringLiteral("Bob Inc"));
        QVERIFY2(refused.error().contains(QStringLiteral("Only a manager may change the team")),
            qPrintable(refused.error()));
        // a plan added to Ann's account
        Plan extra = newPlan(QStringLiteral("Anncorp"));
        extra.account.id = m_annAccount;
        const Result<Plan> added = bob->insertPlan(extra);
        QVERIFY(!added);
        QCOMPARE(added.failure().code, Error::Code::NotAllowed);
        // nothing changed, nothing entered in the history
        QCOMPARE(
            stored(QStringLiteral("SELECT title FROM plan WHERE id = %1").arg(m_annPlan.value)),
            before);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM stakeholder WHERE id = 900")),
            QStringLiteral("0"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM plan")), QStringLiteral("1"));
        QCOMPARE(
            stored(
                QStringLiteral("SELECT owner FROM account WHERE id = %1").arg(m_annAccount.value)),
            login(QStringLiteral("ann")));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM change_log")), entries);
        // but a CSM creates accounts of their own
        const Result<Plan> own = bob->insertPlan(newPlan(QStringLiteral("Bobco")));
        QVERIFY2(own, qPrintable(own.error()));
        QVERIFY(bob->apply(own->id, retitle(own->id, QStringLiteral("Bob's own"))));
        QVERIFY(bob->setSetting(
            QStringLiteral("document/audience"), QStringLiteral("internal"), own->id));
        QCOMPARE(
            stored(QStringLiteral("SELECT count(*) FROM workspace_setting")), QStringLiteral("0"));
    }

    void aViewerReadsAndChangesNothing()
    {
        auto vic = openAs(QStringLiteral("vic"));
        QVERIFY(vic);
        const auto plans = vic->listPlans();
        QVERIFY2(plans && !plans->empty(), plans ? "" : qPrintable(plans.error()));
        QVERIFY(vic->loadPlan(m_annPlan));
        QVERIFY(vic->history(m_annPlan, {}));
        const Result<EditRights> rights = vic->rights(m_annPlan);
        QVERIFY(rights && !rights->edit && !rights->remove && !rights->assign);
        QVERIFY2(rights->reason.contains(QStringLiteral("viewer")), qPrintable(rights->reason));
        const Result<void> refused
            = vic->apply(m_annPlan, retitle(m_annPlan, QStringLiteral("Vic's")));
        QVERIFY(!refused);
        QCOMPARE(refused.error(), rights->reason);
        const Result<Plan> added = vic->insertPlan(newPlan(QStringLiteral("Viccorp")));
        QVERIFY(!added);
        QVERIFY2(added.error().contains(QStringLiteral("viewer")), qPrintable(added.error()));
        QVERIFY(stored(QStringLiteral("SELECT title FROM plan WHERE id = %1").arg(m_annPlan.value))
            != QStringLiteral("Vic's"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM account WHERE company = 'Viccorp'")),
            QStringLiteral("0"));
    }

    void aManagerAssignsTeamsEditsAndDeletes()
    {
        auto meg = openAs(QStringLiteral("meg"));
        QVERIFY(meg);
        const Result<EditRights> rights = meg->rights(m_annPlan);
        QVERIFY(rights && rights->edit && rights->remove && rights->assign);
        QVERIFY(meg->apply(m_annPlan, retitle(m_annPlan, QStringLiteral("Meg's"))));
        const AccountTeam team {login(QStringLiteral("ann")), {login(QStringLiteral("bob"))}};
        const Result<void> assigned = meg->setTeam(m_annAccount, team);
        QVERIFY2(assigned, qPrintable(assigned.error()));
        QCOMPARE(*meg->team(m_annAccount), team);
        QVERIFY(meg->setSetting(QStringLiteral("vendor/name"), QStringLiteral("Megacorp CS")));
        const auto history = meg->history(m_annPlan, {});
        QVERIFY(history && !history->empty());
        QCOMPARE(history->front().kind, ChangeEntry::Kind::Team);
        QCOMPARE(history->front().login, login(QStringLiteral("meg")));
        // Bob, now on the team, may edit Ann's plan
        auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(bob);
        QVERIFY(bob->rights(m_annPlan)->edit);
        const Result<void> done
            = bob->apply(m_annPlan, retitle(m_annPlan, QStringLiteral("Bob's")));
        QVERIFY2(done, qPrintable(done.error()));
        // a manager deletes; the plan's history stays, with the deletion in it
        const Result<Plan> spare = meg->insertPlan(newPlan(QStringLiteral("Spare")));
        QVERIFY(spare);
        QVERIFY(meg->deletePlan(spare->id));
        const auto gone = meg->history(spare->id, {});
        QVERIFY(gone && !gone->empty());
        QCOMPARE(gone->front().kind, ChangeEntry::Kind::Delete);
    }

    // The same attempts without Accord: the database refuses them.
    void plainSqlIsRefusedByTheDatabase()
    {
        const QString plan = QString::number(m_annPlan.value);
        const QString account = QString::number(m_annAccount.value);
        const QString title
            = stored(QStringLiteral("SELECT title FROM plan WHERE id = %1").arg(plan));
        // a viewer: no write at all
        for (const QString &sql : {QStringLiteral("UPDATE plan SET title = 'x' WHERE id = ") + plan,
                 QStringLiteral("INSERT INTO stakeholder (plan_id, id, position) VALUES (") + plan
                     + QStringLiteral(", 901, 0)"),
                 QStringLiteral("DELETE FROM plan WHERE id = ") + plan,
                 QStringLiteral("INSERT INTO account (company, owner) VALUES ('V', current_user)"),
                 QStringLiteral("UPDATE account SET owner = current_user")}) {
            const QString error = sqlAs(QStringLiteral("vic"), sql);
            QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(sql + error));
        }
        // a CSM off the team (Ann's other account): rows of others are not theirs to change
        auto ann = openAs(QStringLiteral("ann"));
        const Result<Plan> second = ann->insertPlan(newPlan(QStringLiteral("Ann two")));
        QVERIFY(second);
        const QString other = QString::number(second->id.value);
        int rows = -1;
        QCOMPARE(sqlAs(QStringLiteral("bob"),
                     QStringLiteral("UPDATE plan SET title = 'x' WHERE id = ") + other, &rows),
            QString());
        QCOMPARE(rows, 0);
        rows = -1;
        QCOMPARE(sqlAs(QStringLiteral("bob"),
                     QStringLiteral("DELETE FROM milestone WHERE plan_id = ") + other, &rows),
            QString());
        QCOMPARE(rows, 0);
        QVERIFY(sqlAs(QStringLiteral("bob"),
            QStringLiteral("INSERT INTO stakeholder (plan_id, id, position) VALUES (") + other
                + QStringLiteral(", 902, 0)"))
                    .contains(QStringLiteral("row-level security")));
        QVERIFY(sqlAs(QStringLiteral("bob"),
            QStringLiteral("INSERT INTO account (company, owner) VALUES ('B', 'somebody')"))
                    .contains(QStringLiteral("row-level security")));
        // a CSM cannot hand an account to someone, or join a team, or delete a plan
        for (const QString &who : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            QVERIFY(sqlAs(who,
                QStringLiteral("UPDATE account SET owner = current_user WHERE id = ") + account)
                        .contains(QStringLiteral("permission denied")));
            QVERIFY(sqlAs(who,
                QStringLiteral("INSERT INTO account_member (account_id, login) VALUES (%1, "
                               "current_user)")
                    .arg(second->account.id.value))
                        .contains(QStringLiteral("permission denied")));
            rows = -1;
            QCOMPARE(sqlAs(who, QStringLiteral("DELETE FROM plan WHERE id = ") + other, &rows),
                QString());
            QCOMPARE(rows, 0);
        }
        QCOMPARE(stored(QStringLiteral("SELECT title FROM plan WHERE id = %1").arg(plan)), title);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM plan WHERE id = ") + other),
            QStringLiteral("1"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM stakeholder WHERE id >= 901")),
            QStringLiteral("0"));
        // the history: nobody changes or deletes an entry, or writes one as someone else
        for (const QString &who : {QStringLiteral("vic"), QStringLiteral("ann"),
                 QStringLiteral("bob"), QStringLiteral("meg")}) {
            for (const QString &sql :
                {QStringLiteral("UPDATE change_log SET new_value = 'x'"),
                    QStringLiteral("DELETE FROM change_log"), QStringLiteral("TRUNCATE change_log"),
                    QStringLiteral("INSERT INTO change_log (plan_id, at, login, kind, table_name, "
                                   "row_id) VALUES (")
                        + plan + QStringLiteral(", 'now', 'somebody', 'set', 'plan', 1)")}) {
                const QString error = sqlAs(who, sql);
                QVERIFY2(!error.isEmpty(), qPrintable(who + u' ' + sql));
            }
        }
        // not even the database's owner
        const QString count = stored(QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY(!test::serverSql(
            m_place->database(), {QStringLiteral("UPDATE change_log SET new_value = 'x'")})
                     .isEmpty());
        QVERIFY(!test::serverSql(m_place->database(), {QStringLiteral("DELETE FROM change_log")})
                     .isEmpty());
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM change_log")), count);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM change_log WHERE new_value = 'x'")),
            QStringLiteral("0"));
    }
};

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
