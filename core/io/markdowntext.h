// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace accord {

// Turns user text into Markdown (CommonMark with GitHub tables) that shows exactly
// that text: characters that would start emphasis, code, links, HTML, strikethrough
// or a table cell are backslash-escaped, and nothing at the start of a line can
// become a heading, list, quote, rule or code block.
class MarkdownText {
public:
    // One line for a table cell, bullet, bold line or heading: trimmed, escaped,
    // "|" as "\|", line breaks as "<br>" (the only HTML ever written).
    static QString inlineText(const QString &text);
    static QString cell(const QString &text) { return inlineText(text); }
    // Paragraphs of text: lines kept (hard breaks), blank lines separating paragraphs.
    static QString block(const QString &text);
    // The text as a block quote, wrapped in quotation marks.
    static QString quote(const QString &text);
    static QString heading(int level, const QString &text);
    // "**text**", escaped.
    static QString bold(const QString &text);
    // "**Label:** value" with both parts escaped.
    static QString boldLine(const QString &label, const QString &value);
    // "- item" lines; empty items are left out.
    static QStringList bullets(const QStringList &items);
    // A pipe table with a cell per header column in every row (short rows padded).
    static QStringList table(const QStringList &header, const QList<QStringList> &rows);

private:
    static QString escapeLine(const QString &line);
    static QString protectLineStart(const QString &line);
};

} // namespace accord
