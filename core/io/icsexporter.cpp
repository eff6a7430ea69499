// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsexporter.h"

#include "icswriter.h"
#include "text/rowlabel.h"

#include "model/fieldref.h"
#include "model/plan.h"

#include <QCoreApplication>

namespace accord {

namespace {

struct Event {
    QString uid;
    QDate date;
    QString summary;
    QStringList description;
};

// iCalendar dates have four-digit years.
bool writable(QDate date)
{
    return date.isValid() && date.year() >= 1 && date.year() <= 9999;
}

void writeEvent(IcsWriter &out, const Event &event, const QDateTime &stamp)
{
    if (!writable(event.date))
        return;
    out.raw(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
    out.text(QStringLiteral("UID"), event.uid);
    out.utc(QStringLiteral("DTSTAMP"), stamp);
    out.date(QStringLiteral("DTSTART"), event.date);
    // An all-day event lasts one day without DTEND too (RFC 5545, 3.6.1).
    if (writable(event.date.addDays(1)))
        out.date(QStringLiteral("DTEND"), event.date.addDays(1));
    out.text(QStringLiteral("SUMMARY"), event.summary);
    out.text(QStringLiteral("DESCRIPTION"), event.description.join(u'\n'));
    out.raw(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
    out.raw(QStringLiteral("END"), QStringLiteral("VEVENT"));
}

// "Label: value" when there is a value; format is marked with QT_TRANSLATE_NOOP.
void addLine(QStringList &lines, const char *format, const QString &value)
{
    if (!value.trimmed().isEmpty())
        lines << QCoreApplication::translate("accord::Export", format).arg(value.trimmed());
}

QString uid(const char *kind, const Plan &plan, qint64 row)
{
    return QStringLiteral("%1-%2-%3@accord")
        .arg(QString::fromLatin1(kind))
        .arg(plan.id.value)
        .arg(row);
}

QString company(const Plan &plan)
{
    const QString name = plan.account.company.simplified();
    return name.isEmpty() ? QCoreApplication::translate("accord::Export", "Customer success plan")
                          : name;
}

} // namespace

void IcsExporter::milestones(IcsWriter &out, const Plan &plan, const QDateTime &stamp)
{
    for (const Milestone &m : plan.milestones) {
        if (!m.targetDate.isValid())
            continue;
        Event event {uid("milestone", plan, m.id.value), m.targetDate,
            m.name.trimmed().isEmpty() ? QCoreApplication::translate("accord::Export", "Milestone")
                                       : m.name.trimmed(),
            {}};
        addLine(event.description, QT_TRANSLATE_NOOP("accord::Export", "Owner: %1"), m.owner);
        addLine(event.description, QT_TRANSLATE_NOOP("accord::Export", "Status: %1"),
            enumLabel(m.status));
        addLine(event.description, QT_TRANSLATE_NOOP("accord::Export", "Outcome: %1"),
            RowLabel::of(plan, tableOf<Outcome>(), m.outcome.value));
        addLine(event.description, QT_TRANSLATE_NOOP("accord::Export", "Phase: %1"),
            RowLabel::of(plan, tableOf<Phase>(), m.phase.value));
        addLine(event.description, QT_TRANSLATE_NOOP("accord::Export", "Account: %1"),
            plan.account.company);
        if (!m.notes.trimmed().isEmpty()) // after a blank line: notes may have several
            event.description << QString() << m.notes.trimmed();
        writeEvent(out, event, stamp);
    }
}

void IcsExporter::reviews(IcsWriter &out, const Plan &plan, const QDateTime &stamp)
{
    for (const Review &r : plan.reviews) {
        if (!r.date.isValid())
            continue;
        Event event {uid("review", plan, r.id.value), r.date,
            QCoreApplication::translate("accord::Export", "%1: %2")
                .arg(enumLabel(r.kind), company(plan)),
            {}};
        addLine(event.description, QT_TRANSLATE_NOOP("accord::Export", "Attendees: %1"),
            r.attendees.join(QStringLiteral(", ")));
        if (!r.summary.trimmed().isEmpty())
            event.description << r.summary.trimmed();
        writeEvent(out, event, stamp);
    }
}

void IcsExporter::nextReview(IcsWriter &out, const Plan &plan, const QDateTime &stamp)
{
    const PlanHeader &h = plan.header;
    if (!h.nextReview.isValid())
        return;
    Event event {QStringLiteral("next-review-%1@accord").arg(plan.id.value), h.nextReview,
        QCoreApplication::translate("accord::Export", "Next plan review: %1").arg(company(plan)),
        {}};
    addLine(event.description, QT_TRANSLATE_NOOP("accord::Export", "Plan: %1"), h.title);
    addLine(event.description, QT_TRANSLATE_NOOP("accord::Export", "Review cadence: %1"),
        enumLabel(h.cadence));
    writeEvent(out, event, stamp);
}

QByteArray IcsExporter::exportPlan(const Plan &plan, const QDateTime &stamp)
{
    IcsWriter out;
    out.raw(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out.raw(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out.raw(QStringLiteral("PRODID"), QStringLiteral("-//Accord//Accord 0.1//EN"));
    out.raw(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    out.raw(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    out.text(QStringLiteral("X-WR-CALNAME"),
        QCoreApplication::translate("accord::Export", "Customer success plan: %1")
            .arg(company(plan)));
    milestones(out, plan, stamp);
    reviews(out, plan, stamp);
    nextReview(out, plan, stamp);
    out.raw(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out.data();
}

} // namespace accord
