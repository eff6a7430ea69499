// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "io/icsexporter.h"
#include "io/icswriter.h"
#include "io/planio.h"

#include "model/plan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

const QDateTime kStamp(QDate(2026, 2, 15), QTime(9, 30), Qt::UTC);
const QString kPython = QStringLiteral("/usr/bin/python3");

// Parses the calendar with Debian's python3-icalendar and returns what it read.
const char *kParser = R"(import icalendar, json, sys
with open(sys.argv[1], 'rb') as f:
    cal = icalendar.Calendar.from_ical(f.read())
events = []
for ev in cal.walk('VEVENT'):
    events.append({'uid': str(ev.get('UID')), 'summary': str(ev.get('SUMMARY')),
                   'description': str(ev.get('DESCRIPTION', '')),
                   'dtstart': ev.decoded('DTSTART').isoformat(),
                   'dtend': ev.decoded('DTEND').isoformat(),
                   'dtstamp': ev.decoded('DTSTAMP').isoformat()})
print(json.dumps({'prodid': str(cal.get('PRODID')), 'version': str(cal.get('VERSION')),
                  'calscale': str(cal.get('CALSCALE')), 'events': events}))
)";

bool haveIcalendar()
{
    return QProcess::execute(kPython, {QStringLiteral("-c"), QStringLiteral("import icalendar")})
        == 0;
}

QJsonObject parseWithPython(const QByteArray &ics)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("plan.ics")));
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
        return {};
    file.close();
    QProcess python;
    python.start(kPython, {QStringLiteral("-c"), QString::fromUtf8(kParser), file.fileName()});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("%s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QJsonObject eventWithUid(const QJsonObject &calendar, const QString &uid)
{
    for (const QJsonValue &e : calendar.value(u"events").toArray()) {
        if (e.toObject().value(u"uid").toString() == uid)
            return e.toObject();
    }
    return {};
}

// RFC 5545 3.1: CRLF line ends, at most 75 octets a line, no character split.
QStringList lineProblems(const QByteArray &ics)
{
    QStringList problems;
    if (!ics.endsWith("\r\n"))
        problems << QStringLiteral("no CRLF at the end");
    const QList<QByteArray> lines = ics.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (!line.endsWith('\r'))
            problems << QStringLiteral("line %1 ends with LF only").arg(i + 1);
        if (line.size() - 1 > 75)
            problems << QStringLiteral("line %1 has %2 octets").arg(i + 1).arg(line.size() - 1);
        if (QString::fromUtf8(line).toUtf8() != line) // invalid bytes become U+FFFD
            problems << QStringLiteral("line %1 splits a character").arg(i + 1);
    }
    return problems;
}

} // namespace

class TestIcsExporter : public QObject {
    Q_OBJECT

private slots:
    void acmeMilestonesAndReviews()
    {
        if (!haveIcalendar())
            QSKIP("Debian's python3-icalendar is not installed");
        const QByteArray ics = IcsExporter::exportPlan(test::acmePlan(), kStamp);
        QVERIFY2(lineProblems(ics).isEmpty(), qPrintable(lineProblems(ics).join(u'\n')));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Accord//Accord "
                               "0.1//EN\r\nCALSCALE:GREGORIAN\r\n"));
        const QJsonObject cal = parseWithPython(ics);
        QCOMPARE(cal.value(u"prodid").toString(), QStringLiteral("-//Accord//Accord 0.1//EN"));
        QCOMPARE(cal.value(u"version").toString(), QStringLiteral("2.0"));
        QCOMPARE(cal.value(u"calscale").toString(), QStringLiteral("GREGORIAN"));
        QCOMPARE(cal.value(u"events").toArray().size(), 7 + 2 + 1);

        const QJsonObject first = eventWithUid(cal, QStringLiteral("milestone-0-1@accord"));
        QCOMPARE(first.value(u"summary").toString(), QStringLiteral("Report templates configured"));
        QCOMPARE(first.value(u"dtstart").toString(), QStringLiteral("2025-10-01"));
        QCOMPARE(first.value(u"dtend").toString(), QStringLiteral("2025-10-02"));
        QCOMPARE(first.value(u"dtstamp").toString(), QStringLiteral("2026-02-15T09:30:00+00:00"));
        QCOMPARE(first.value(u"description").toString(),
            QStringLiteral(
                "Owner: Mike Torres\nStatus: Complete\nOutcome: O1\nAccount: Acme Corp"));

        const QJsonObject review = eventWithUid(cal, QStringLiteral("review-0-2@accord"));
        QCOMPARE(review.value(u"summary").toString(),
            QStringLiteral("Quarterly business review: Acme Corp"));
        QCOMPARE(review.value(u"dtstart").toString(), QStringLiteral("2026-02-01"));
        QVERIFY(review.value(u"description")
                    .toString()
                    .startsWith(QStringLiteral(
                        "Attendees: Sarah Chen, Mike Torres, Lisa Park, Jane Smith\nQ2 review.")));

        const QJsonObject next = eventWithUid(cal, QStringLiteral("next-review-0@accord"));
        QCOMPARE(next.value(u"summary").toString(), QStringLiteral("Next plan review: Acme Corp"));
        QCOMPARE(next.value(u"dtstart").toString(), QStringLiteral("2026-05-01"));
        QCOMPARE(next.value(u"dtend").toString(), QStringLiteral("2026-05-02"));
    }

    void longUtf8IsFoldedAndTextEscaped()
    {
        Plan plan;
        plan.id = PlanId(42);
        plan.account.company = QStringLiteral("Ünïcode; Corp, Ltd");
        Milestone m;
        m.id = RowId(3);
        m.name = QStringLiteral("Überprüfung der Berichte ✓ 日本語のテキスト — ")
                     .repeated(6)
                     .trimmed();
        m.owner = QStringLiteral("Smith; Jones, \\ A\r\nsecond line");
        m.targetDate = QDate(2026, 12, 31);
        plan.milestones.push_back(m);
        Milestone undated = m;
        undated.id = RowId(4);
        undated.targetDate = QDate();
        plan.milestones.push_back(undated);

        if (!haveIcalendar())
            QSKIP("Debian's python3-icalendar is not installed");
        const QByteArray ics = IcsExporter::exportPlan(plan, kStamp);
        QVERIFY2(lineProblems(ics).isEmpty(), qPrintable(lineProblems(ics).join(u'\n')));
        QVERIFY(ics.contains("Smith\\; Jones\\, \\\\ A\\nsecond line"));
        QVERIFY(ics.contains("\r\n "));
        QCOMPARE(IcsExporter::exportPlan(plan, kStamp), ics); // stable

        const QJsonObject cal = parseWithPython(ics);
        QCOMPARE(cal.value(u"events").toArray().size(), 1);
        const QJsonObject event = eventWithUid(cal, QStringLiteral("milestone-42-3@accord"));
        QCOMPARE(event.value(u"summary").toString(), m.name);
        QCOMPARE(event.value(u"dtstart").toString(), QStringLiteral("2026-12-31"));
        QCOMPARE(event.value(u"dtend").toString(), QStringLiteral("2027-01-01"));
        QCOMPARE(event.value(u"description").toString(),
            QStringLiteral("Owner: Smith; Jones, \\ A\nsecond line\nStatus: Pending\nAccount: "
                           "Ünïcode; Corp, Ltd"));
    }

    void foldingNeverSplitsACharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QString(200, u'a');
        QTest::newRow("two octets") << QString(120, QChar(0x00E9));
        QTest::newRow("three octets") << QString(100, QChar(0x65E5));
        QTest::newRow("four octets") << QStringLiteral("x😀").repeated(40);
        QTest::newRow("exactly 75") << QString(75 - 8, u'b');
    }

    void foldingNeverSplitsACharacter()
    {
        QFETCH(QString, text);
        const QByteArray line = (QStringLiteral("SUMMARY:") + text).toUtf8();
        const QByteArray folded = IcsWriter::fold(line);
        QVERIFY2(lineProblems(folded).isEmpty(), qPrintable(lineProblems(folded).join(u'\n')));
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line + "\r\n");
        if (line.size() <= 75)
            QCOMPARE(folded.count("\r\n"), 1);
    }

    void lineCheckCatchesSplitCharacters()
    {
        // The checker itself: half of "日" at the end of a line, a line of 76 octets.
        QVERIFY(!lineProblems("SUMMARY:\xE6\x97\r\n \xA5\r\n").isEmpty());
        QVERIFY(!lineProblems("SUMMARY:" + QByteArray(68, 'a') + "\r\n").isEmpty());
        QVERIFY(lineProblems("SUMMARY:" + QByteArray(67, 'a') + "\r\n").isEmpty());
    }

    // iCalendar dates have four-digit years: the last day of year 9999 has no
    // next day to end on, so its event lasts one day without DTEND (RFC 5545).
    void lastDateOfTheCalendarIsValid()
    {
        Plan plan;
        plan.account.company = QStringLiteral("Globex");
        Milestone m;
        m.id = RowId(1);
        m.name = QStringLiteral("Far away");
        m.targetDate = QDate(9999, 12, 31);
        plan.milestones.push_back(m);
        const QByteArray ics = exportPlanIcs(plan);
        QVERIFY2(ics.contains("DTSTART;VALUE=DATE:99991231\r\n"), ics.constData());
        QVERIFY2(!ics.contains("DTEND"), ics.constData());
        QVERIFY(lineProblems(ics).isEmpty());
    }

    void controlCharactersAreLeftOut()
    {
        QCOMPARE(IcsWriter::escapeText(u"a\x07 b\x1b[0m\x7f c\td"_qs), u"a b[0m c\td"_qs);
    }

    void escapesText()
    {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("a;b,c\\d\ne\r\nf\rg")),
            QStringLiteral("a\\;b\\,c\\\\d\\ne\\nf\\ng"));
    }
};

QTEST_GUILESS_MAIN(TestIcsExporter)
#include "tst_icsexporter.moc"
