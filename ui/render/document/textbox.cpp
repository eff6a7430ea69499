// SPDX-License-Identifier: GPL-3.0-or-later
#include "textbox.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextOption>

namespace accord {

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
    : m_layout(std::make_shared<QTextLayout>(prepared(text), font, device))
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const QFontMetricsF metrics(font, device);
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
    const QFontMetricsF metrics(font, device);
    qreal widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

qreal TextBox::longestWord(const QString &text, const QFont &font, const QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    qreal widest = 0;
    for (const QString &word : text.split(QChar::Space, Qt::SkipEmptyParts)) {
        for (const QString &part : word.split(u'\n', Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(part));
    }
    return widest;
}

} // namespace accord
