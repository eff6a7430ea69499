// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace accord {

QString CsvWriter::field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

bool CsvWriter::startsLikeFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    return i < text.size() && formulaStart.contains(text.at(i));
}

QString CsvWriter::textCell(const QString &value)
{
    return startsLikeFormula(value) ? u'\'' + value : value;
}

QByteArray CsvWriter::record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    return (quoted.join(u',') + QStringLiteral("\r\n")).toUtf8();
}

} // namespace accord
