// SPDX-License-Identifier: GPL-3.0-or-later
#include "textbox.h"

#include "devicefont.h"
#include "textwidths.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QTextBoundaryFinder>
#include <QTextOption>

namespace accord {

namespace {

bool breaksLine(QChar c)
{
    return c.isSpace() || c == QChar::LineSeparator;
}

// QTextLayout looks ahead to the end of a word for every line it breaks, so a word
// far wider than a line costs time in the square of its length (a 400 KB word took
// seconds). Such words are cut here into pieces that fit the width, measured one
// character (grapheme cluster) at a time, so laying out any text stays linear. The
// pieces are what wrapping anywhere would have made; the text itself is unchanged
// but for the line separators between them.
QString cutLongWords(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    constexpr qsizetype kShortWord = 24; // fits any line: not measured
    const qreal room = width * 0.98; // character advances add up slightly differently
    QHash<char16_t, qreal> advances; // of single characters, the usual cluster
    const auto advanceOf = [&](QStringView cluster) {
        if (cluster.size() != 1)
            return metrics.horizontalAdvance(cluster.toString());
        auto it = advances.find(cluster.front().unicode());
        if (it == advances.end())
            it = advances.insert(
                cluster.front().unicode(), metrics.horizontalAdvance(cluster.front()));
        return *it;
    };
    QString result;
    qsizetype done = 0; // text before this is in result
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = start;
        while (end < text.size() && !breaksLine(text.at(end)))
            ++end;
        if (end - start > kShortWord) {
            const QStringView word = QStringView(text).mid(start, end - start);
            QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, word.toString());
            result += QStringView(text).mid(done, start - done);
            qreal used = 0;
            qsizetype from = 0;
            for (qsizetype to = clusters.toNextBoundary(); to > 0; to = clusters.toNextBoundary()) {
                const qreal advance = advanceOf(word.mid(from, to - from));
                if (used > 0 && used + advance > room) {
                    result += QChar::LineSeparator;
                    used = 0;
                }
                result += word.mid(from, to - from);
                used += advance;
                from = to;
            }
            done = end;
        }
        start = end == start ? end + 1 : end;
    }
    if (done == 0)
        return text;
    result += QStringView(text).mid(done);
    return result;
}

} // namespace

QString TextBox::prepared(const QString &text)
{
    QString result = text;
    result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.replace(u'\r', u'\n');
    result.replace(u'\n', QChar::LineSeparator);
    result.replace(u'\t', u' ');
    // a folded YAML scalar ends in a line break: no empty last line for it
    while (!result.isEmpty() && result.back().isSpace())
        result.chop(1);
    return result;
}

TextBox::TextBox(const QString &text, const QFont &font, qreal width, const QPaintDevice *device,
    Qt::Alignment alignment, qreal lineHeight)
    : m_layout(std::make_shared<QTextLayout>(
        cutLongWords(prepared(text), deviceMetrics(font, device), width), deviceFont(font, device),
        device))
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const QFontMetricsF &metrics = deviceMetrics(font, device);
    const qreal em = font.pointSizeF() * (device ? device->logicalDpiY() : 96) / 72.0;
    const qreal step = std::max(metrics.height(), em * lineHeight);
    const qreal lead = (step - metrics.height()) / 2; // half the extra space above each line
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y + lead));
        y += step;
    }
    m_layout->endLayout();
    m_height = y;
}

int TextBox::lineCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

qreal TextBox::lineTop(int line) const
{
    if (line >= lineCount())
        return m_height;
    const qreal step = lineCount() > 0 ? m_height / lineCount() : 0;
    return step * line;
}

qreal TextBox::lineBottom(int line) const
{
    return lineTop(line + 1);
}

qreal TextBox::usedWidth() const
{
    qreal widest = 0;
    for (int i = 0; i < lineCount(); ++i)
        widest = std::max(widest, m_layout->lineAt(i).naturalTextWidth());
    return widest;
}

PageItem::Text TextBox::item(QPointF origin, const QColor &color, int first, int count) const
{
    if (count < 0)
        count = lineCount() - first;
    return {m_layout, first, count, origin - QPointF(0, lineTop(first)), color};
}

qreal TextBox::naturalWidth(const QString &text, const QFont &font, const QPaintDevice *device)
{
    return TextWidths(font, device).natural(text);
}

qreal TextBox::longestWord(const QString &text, const QFont &font, const QPaintDevice *device)
{
    return TextWidths(font, device).longestWord(text);
}

} // namespace accord
