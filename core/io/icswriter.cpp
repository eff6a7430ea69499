// SPDX-License-Identifier: GPL-3.0-or-later
#include "icswriter.h"

namespace accord {

namespace {

constexpr qsizetype kMaxOctets = 75;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f) {
            continue; // controls are not allowed in iCalendar text (RFC 5545, 3.3.11)
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype room = kMaxOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        while (cut > pos && isContinuationByte(line.at(cut)))
            --cut;
        if (cut == pos) // not UTF-8 (never from toUtf8()): split anyway rather than loop
            cut = pos + room;
        out += line.mid(pos, cut - pos) + "\r\n ";
        pos = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    return out + line.mid(pos) + "\r\n";
}

void IcsWriter::raw(const QString &nameAndParameters, const QString &value)
{
    m_data += fold((nameAndParameters + u':' + value).toUtf8());
}

void IcsWriter::text(const QString &name, const QString &value)
{
    if (!value.isEmpty())
        raw(name, escapeText(value));
}

void IcsWriter::date(const QString &name, QDate date)
{
    raw(name + QStringLiteral(";VALUE=DATE"), date.toString(QStringLiteral("yyyyMMdd")));
}

void IcsWriter::utc(const QString &name, const QDateTime &time)
{
    raw(name, time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

} // namespace accord
