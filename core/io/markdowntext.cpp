// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace accord {

namespace {

QStringList normalisedLines(const QString &text)
{
    QString s = text;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList lines = s.trimmed().split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines;
}

bool isWordChar(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && s.at(i).isLetterOrNumber();
}

// "_" only emphasises at a word boundary; "&" only matters before an entity name.
bool needsEscape(const QString &s, qsizetype i)
{
    static const QString always = QStringLiteral("\\`*[]<|~");
    static const QRegularExpression entity(QStringLiteral("&#?[A-Za-z0-9]+;"));
    const QChar c = s.at(i);
    if (always.contains(c))
        return true;
    if (c == u'_')
        return !(isWordChar(s, i - 1) && isWordChar(s, i + 1));
    if (c == u'&')
        return entity
            .match(s, i, QRegularExpression::NormalMatch,
                QRegularExpression::AnchorAtOffsetMatchOption)
            .hasMatch();
    return false;
}

} // namespace

QString MarkdownText::escapeLine(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (needsEscape(line, i))
            out += u'\\';
        out += line.at(i);
    }
    return out;
}

QString MarkdownText::protectLineStart(const QString &line)
{
    static const QRegularExpression ordered(QStringLiteral("^(\\d{1,9})([.)])"));
    static const QString starters = QStringLiteral("#>-+=");
    if (line.isEmpty())
        return line;
    if (starters.contains(line.at(0)))
        return u'\\' + line;
    const QRegularExpressionMatch m = ordered.match(line);
    if (m.hasMatch())
        return m.captured(1) + u'\\' + line.mid(m.capturedLength(1));
    return line;
}

QString MarkdownText::inlineText(const QString &text)
{
    QStringList lines = normalisedLines(text);
    for (QString &line : lines)
        line = escapeLine(line);
    return lines.join(QStringLiteral("<br>"));
}

QString MarkdownText::block(const QString &text)
{
    QStringList out;
    QString paragraph;
    for (const QString &line : normalisedLines(text)) {
        if (line.isEmpty()) {
            if (!paragraph.isEmpty())
                out << paragraph;
            paragraph.clear();
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph += QStringLiteral("\\\n");
        paragraph += protectLineStart(escapeLine(line));
    }
    if (!paragraph.isEmpty())
        out << paragraph;
    return out.join(QStringLiteral("\n\n"));
}

QString MarkdownText::quote(const QString &text)
{
    const QString body
        = block(QCoreApplication::translate("accord::Export", "\"%1\"").arg(text.trimmed()));
    QStringList lines = body.split(u'\n');
    for (QString &line : lines)
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(u'\n');
}

QString MarkdownText::heading(int level, const QString &text)
{
    QString escaped = inlineText(text);
    if (escaped.endsWith(u'#'))
        escaped.insert(escaped.size() - 1, u'\\');
    return QString(level, u'#') + u' ' + escaped;
}

QString MarkdownText::bold(const QString &text)
{
    return QStringLiteral("**%1**").arg(inlineText(text));
}

QString MarkdownText::boldLine(const QString &label, const QString &value)
{
    return bold(label) + u' ' + inlineText(value);
}

QStringList MarkdownText::bullets(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items) {
        const QString text = protectLineStart(inlineText(item));
        if (!text.isEmpty())
            lines << QStringLiteral("- ") + text;
    }
    return lines;
}

QStringList MarkdownText::table(const QStringList &header, const QList<QStringList> &rows)
{
    const auto line = [&](const QStringList &cells) {
        QStringList escaped;
        for (qsizetype i = 0; i < header.size(); ++i)
            escaped << (i < cells.size() ? cell(cells.at(i)) : QString());
        return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    };
    Q_ASSERT(std::all_of(rows.cbegin(), rows.cend(),
        [&](const QStringList &r) { return r.size() <= header.size(); }));
    QStringList lines {
        line(header), QStringLiteral("|") + QStringLiteral("---|").repeated(header.size())};
    for (const QStringList &row : rows)
        lines << line(row);
    return lines;
}

} // namespace accord
