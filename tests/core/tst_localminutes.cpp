// SPDX-License-Identifier: GPL-3.0-or-later
// LocalMinutes writes instants as QDateTime's own conversion to a zone would:
// across daylight-saving transitions both ways, at the transitions themselves,
// in zones an odd number of minutes from UTC, and in any order of instants.
#include "util/localminutes.h"

#include <QRandomGenerator>
#include <QTest>

using namespace accord;

class TestLocalMinutes : public QObject {
    Q_OBJECT

private slots:
    void matchesQDateTime_data();
    void matchesQDateTime();
    void invalidZoneIsLocalTime();
};

void TestLocalMinutes::matchesQDateTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    for (const char *zone : {"UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
             "Asia/Kathmandu", "America/St_Johns", "Pacific/Apia"})
        QTest::newRow(zone) << QByteArray(zone);
}

void TestLocalMinutes::matchesQDateTime()
{
    QFETCH(QByteArray, zone);
    const QTimeZone tz(zone);
    QVERIFY2(tz.isValid(), zone.constData());
    const QDateTime from(QDate(2010, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    std::vector<QDateTime> instants;
    // Each transition, and the milliseconds and minutes around it.
    for (const QTimeZone::OffsetData &t : tz.transitions(from, to)) {
        for (const qint64 ms : {-60000LL, -1LL, 0LL, 1LL, 59999LL, 60000LL})
            instants.push_back(t.atUtc.addMSecs(ms));
    }
    // Instants all over the years, in no order: the offset is looked up again
    // whenever an instant leaves the span of the one before.
    QRandomGenerator random(20261130);
    const qint64 span = from.msecsTo(to);
    for (int i = 0; i < 20000; ++i)
        instants.push_back(from.addMSecs(qint64(random.generateDouble() * double(span))));
    LocalMinutes minutes(tz);
    int checked = 0;
    for (const QDateTime &at : instants) {
        QString written;
        minutes.append(written, at);
        QCOMPARE(written, at.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        ++checked;
    }
    QCOMPARE(checked, int(instants.size()));
    QVERIFY(checked >= 20000);
}

void TestLocalMinutes::invalidZoneIsLocalTime()
{
    LocalMinutes minutes {QTimeZone()};
    const QDateTime at(QDate(2026, 7, 1), QTime(12, 34, 56), Qt::UTC);
    QString written;
    minutes.append(written, at);
    minutes.append(written, at.addSecs(3600));
    QCOMPARE(written,
        at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            + at.addSecs(3600).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QTEST_GUILESS_MAIN(TestLocalMinutes)
#include "tst_localminutes.moc"
