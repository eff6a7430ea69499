// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/testworkspace.h"
#include "clitestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using test::runAccord;

namespace {

QString serverValue(const test::TestWorkspaceLocation &place, const QString &sql)
{
    return test::serverValue(place.database(), sql);
}

} // namespace

// A team workspace on a real PostgreSQL server, through the real `accord`
// executable: setting it up, every kind of command on it, logins and passwords,
// and the databases Accord must refuse without touching them.
class TestTeamServer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    test::CliRun accord(QStringList args, const test::TestWorkspaceLocation &place)
    {
        return runAccord(args << QStringLiteral("--workspace") << place.location(), m_dir.path());
    }

    // The place's address as another login.
    static QString as(const test::TestWorkspaceLocation &place, const QString &login)
    {
        QString uri = place.location();
        return uri.replace(QRegularExpression(QStringLiteral("^postgresql://[^@/]*@")),
            QStringLiteral("postgresql://%1@").arg(login));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::TestWorkspaceLocation place(true);
        QVERIFY2(place.error().isEmpty(), qPrintable(place.error()));
    }

    void cleanup() { qunsetenv("PGPASSWORD"); }

    void adminInitSetsUpAndCanRunAgain()
    {
        const test::TestWorkspaceLocation place(true);
        const test::CliRun first = accord({QStringLiteral("admin"), QStringLiteral("init")}, place);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("is set up")), qPrintable(first.out));
        const test::CliRun again = accord({QStringLiteral("admin"), QStringLiteral("init")}, place);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(serverValue(place, QStringLiteral("SELECT format FROM accord_workspace")),
            QString::number(WorkspaceFile::kSchemaVersion));
        QCOMPARE(serverValue(place,
                     QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                    "('accord_viewer', 'accord_csm', 'accord_manager')")),
            QStringLiteral("3"));
        // admin is for servers only
        const test::CliRun file = runAccord(
            {QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--workspace"),
                m_dir.filePath(QStringLiteral("x.accord"))},
            m_dir.path());
        QCOMPARE(file.exitCode, 2);
        QVERIFY2(file.err.contains(QStringLiteral("PostgreSQL")), qPrintable(file.err));
    }

    // The commands a CSM uses, on the server.
    void everyCommandWorksOnTheServer()
    {
        const test::TestWorkspaceLocation place(true);
        QCOMPARE(accord({QStringLiteral("admin"), QStringLiteral("init")}, place).exitCode, 0);
        test::CliRun run = accord(
            {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("full-onboarding"),
                QStringLiteral("--account"), QStringLiteral("Globex")},
            place);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = accord({QStringLiteral("set"), QStringLiteral("Globex"), QStringLiteral("plan.title"),
                         QStringLiteral("Team plan ünïcode")},
            place);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = accord({QStringLiteral("list")}, place);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Team plan ünïcode")), qPrintable(run.out));
        const QString yaml = m_dir.filePath(QStringLiteral("globex.yaml"));
        run = accord(
            {QStringLiteral("export"), QStringLiteral("Globex"), QStringLiteral("--format"),
                QStringLiteral("yaml"), QStringLiteral("-o"), yaml},
            place);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = accord({QStringLiteral("import"), yaml}, place);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(
            serverValue(place, QStringLiteral("SELECT count(*) FROM plan")), QStringLiteral("2"));
        const QString pdf = m_dir.filePath(QStringLiteral("globex.pdf"));
        run = accord({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
            place);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(test::readAll(pdf).startsWith("%PDF"));
        run = accord({QStringLiteral("check"), QStringLiteral("1")}, place);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        QVERIFY(!run.out.isEmpty());
        // backups are the server's: said, not pretended
        run = accord({QStringLiteral("backups"), QStringLiteral("--create")}, place);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("pg_dump")), qPrintable(run.err));
        run = accord({QStringLiteral("restore"), yaml}, place);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("pg_dump")), qPrintable(run.err));
    }

    // Databases that are not (yet) an Accord workspace of this version are
    // refused with the reason, and left exactly as they were.
    void refusesWithoutTouching()
    {
        const test::TestWorkspaceLocation empty(true);
        test::CliRun run = accord({QStringLiteral("list")}, empty);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("accord admin init")), qPrintable(run.err));
        QCOMPARE(serverValue(empty,
                     QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
            QStringLiteral("0"));

        const test::TestWorkspaceLocation other(true);
        QCOMPARE(test::serverSql(other.database(),
                     {QStringLiteral("CREATE TABLE invoices (id int, total numeric)"),
                         QStringLiteral("INSERT INTO invoices VALUES (1, 99.5)")}),
            QString());
        for (const QStringList &args : {QStringList {QStringLiteral("list")},
                 QStringList {QStringLiteral("admin"), QStringLiteral("init")}}) {
            run = accord(args, other);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(
                run.err.contains(QStringLiteral("not an Accord workspace")), qPrintable(run.err));
        }
        QCOMPARE(serverValue(other,
                     QStringLiteral("SELECT string_agg(tablename, ',') FROM pg_tables WHERE "
                                    "schemaname = 'public'")),
            QStringLiteral("invoices"));

        const test::TestWorkspaceLocation newer(true);
        QCOMPARE(accord({QStringLiteral("admin"), QStringLiteral("init")}, newer).exitCode, 0);
        QCOMPARE(test::serverSql(
                     newer.database(), {QStringLiteral("UPDATE accord_workspace SET format = 99")}),
            QString());
        run = accord({QStringLiteral("list")}, newer);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("newer")), qPrintable(run.err));
        QCOMPARE(serverValue(newer, QStringLiteral("SELECT format FROM accord_workspace")),
            QStringLiteral("99"));
    }

    // Logins: a password from libpq's own places, never from Accord; a viewer
    // reads and may not write.
    void loginsAndPasswords()
    {
        const test::TestWorkspaceLocation place(true);
        QCOMPARE(accord({QStringLiteral("admin"), QStringLiteral("init")}, place).exitCode, 0);
        QCOMPARE(accord({QStringLiteral("new"), QStringLiteral("--template"),
                            QStringLiteral("full-onboarding"), QStringLiteral("--account"),
                            QStringLiteral("Globex")},
                     place)
                     .exitCode,
            0);
        const QString passwordFile = m_dir.filePath(QStringLiteral("vera.pw"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("vera's secret\n");
        file.close();
        const QString login = QStringLiteral("vera_") + place.database().right(8);
        test::CliRun run = accord(
            {QStringLiteral("admin"), QStringLiteral("add-user"), login, QStringLiteral("--role"),
                QStringLiteral("viewer"), QStringLiteral("--password-file"), passwordFile},
            place);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(login), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("secret")));

        const QString asVera = as(place, login);
        const auto list = [&] {
            return runAccord(
                {QStringLiteral("list"), QStringLiteral("--workspace"), asVera}, m_dir.path());
        };
        run = list();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("wants a password")), qPrintable(run.err));
        qputenv("PGPASSWORD", "wrong");
        run = list();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("refused the password")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("wrong")));
        qputenv("PGPASSWORD", "vera's secret");
        run = list();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Globex")));
        run = runAccord({QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("plan.title"),
                            QStringLiteral("Vera was here"), QStringLiteral("--workspace"), asVera},
            m_dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("a viewer of this team workspace")),
            qPrintable(run.err));
        QVERIFY(serverValue(place, QStringLiteral("SELECT title FROM plan WHERE id = 1"))
            != QStringLiteral("Vera was here"));
        // a login moves to another role: a CSM off the account's team may not
        // change its plan, a manager may; a made-up role is refused
        const auto setTitle = [&] {
            return runAccord(
                {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("plan.title"),
                    QStringLiteral("Vera was here"), QStringLiteral("--workspace"), asVera},
                m_dir.path());
        };
        run = accord({QStringLiteral("admin"), QStringLiteral("add-user"), login,
                         QStringLiteral("--role"), QStringLiteral("csm")},
            place);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = setTitle();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not on it")), qPrintable(run.err));
        run = accord({QStringLiteral("admin"), QStringLiteral("add-user"), login,
                         QStringLiteral("--role"), QStringLiteral("manager")},
            place);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = setTitle();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = accord({QStringLiteral("admin"), QStringLiteral("add-user"), login,
                         QStringLiteral("--role"), QStringLiteral("owner")},
            place);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not a role")), qPrintable(run.err));
    }

    void anUnreachableServerIsSaidSo()
    {
        const test::CliRun run = runAccord({QStringLiteral("list"), QStringLiteral("--workspace"),
                                               QStringLiteral("postgresql://nobody@/db?host=")
                                                   + m_dir.path() + QStringLiteral("&port=1")},
            m_dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cannot be reached")), qPrintable(run.err));
    }
};

QTEST_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
