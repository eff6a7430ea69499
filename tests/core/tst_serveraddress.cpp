// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serveraddress.h"
#include "storage/workspacelocation.h"

#include <QSqlDatabase>
#include <QTest>

using namespace accord;

// Reading the address of a team workspace (libpq's URI form) and what is shown of it.
class TestServerAddress : public QObject {
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("display");
        QTest::newRow("full") << "postgresql://lisa@db.example.com:6543/accord"
                              << "lisa"
                              << "db.example.com" << 6543 << "accord"
                              << "postgresql://lisa@db.example.com:6543/accord";
        QTest::newRow("postgres scheme, no user, default port")
            << "postgres://db.example.com/team"
            << ""
            << "db.example.com" << -1 << "team"
            << "postgresql://db.example.com/team";
        QTest::newRow("socket folder")
            << "postgresql://accord@/team?host=/var/run/postgresql&port=5433"
            << "accord"
            << "/var/run/postgresql" << 5433 << "team"
            << "postgresql://accord@/team?host=/var/run/postgresql&port=5433";
        QTest::newRow("ipv6") << "postgresql://[::1]:5432/team"
                              << ""
                              << "::1" << 5432 << "team"
                              << "postgresql://[::1]:5432/team";
        QTest::newRow("percent-encoded") << "postgresql://m%C3%BCller@host/plan%20db"
                                         << "müller"
                                         << "host" << -1 << "plan db"
                                         << "postgresql://m%C3%BCller@host/plan%20db";
        QTest::newRow("ssl") << "postgresql://host/db?sslmode=verify-full"
                             << ""
                             << "host" << -1 << "db"
                             << "postgresql://host/db?sslmode=verify-full";
    }

    void parses()
    {
        QFETCH(QString, uri);
        const Result<ServerAddress> address = ServerAddress::parse(uri);
        QVERIFY2(address, qPrintable(address.error()));
        QTEST(address->user(), "user");
        QTEST(address->host(), "host");
        QTEST(address->port(), "port");
        QTEST(address->database(), "database");
        QTEST(address->display(), "display");
        QVERIFY(WorkspaceLocation::isServer(uri));
        QCOMPARE(WorkspaceLocation::resolve(uri), uri); // not made a file path
    }

    // A password in the address is used, never shown.
    void thePasswordIsNeverShown()
    {
        const Result<ServerAddress> address
            = ServerAddress::parse(QStringLiteral("postgresql://lisa:s%40cret@host/db"));
        QVERIFY(address);
        QVERIFY(address->hasPassword());
        QCOMPARE(address->display(), QStringLiteral("postgresql://lisa@host/db"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("t"));
        address->applyTo(db, 7);
        QCOMPARE(db.password(), QStringLiteral("s@cret"));
        QCOMPARE(db.connectOptions(), QStringLiteral("connect_timeout=7"));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }

    void refusesWithTheReason_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a server") << "/home/lisa/plans.accord"
                                      << "postgresql://";
        QTest::newRow("port not a number") << "postgresql://host:abc/db"
                                           << "\"abc\"";
        QTest::newRow("port out of range") << "postgresql://host:70000/db"
                                           << "70000";
        QTest::newRow("unknown parameter") << "postgresql://host/db?colour=red"
                                           << "colour";
        QTest::newRow("value with a space") << "postgresql://host/db?application_name=a%20b"
                                            << "application_name";
        QTest::newRow("several hosts") << "postgresql://h1,h2/db"
                                       << "several hosts";
        QTest::newRow("open bracket") << "postgresql://[::1/db"
                                      << "\"]\"";
        QTest::newRow("control character") << "postgresql://host/d%0Ab"
                                           << "control";
    }

    void refusesWithTheReason()
    {
        QFETCH(QString, uri);
        QFETCH(QString, reason);
        const Result<ServerAddress> address = ServerAddress::parse(uri);
        QVERIFY(!address);
        QVERIFY2(address.error().contains(reason), qPrintable(address.error()));
    }
};

QTEST_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
