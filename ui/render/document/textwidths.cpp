// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwidths.h"

#include "devicefont.h"

#include <QPaintDevice>

#include <algorithm>

namespace accord {

TextWidths::TextWidths(const QFont &font, const QPaintDevice *device)
    : m_metrics(deviceMetrics(font, device))
{
}

qreal TextWidths::measured(const QString &text)
{
    const auto known = m_widths.constFind(text);
    if (known != m_widths.cend())
        return *known;
    const qreal width = m_metrics.horizontalAdvance(text);
    m_widths.insert(text, width);
    return width;
}

qreal TextWidths::natural(const QString &text)
{
    qreal widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, measured(line));
    return widest;
}

qreal TextWidths::longestWord(const QString &text)
{
    qreal widest = 0;
    for (const QString &word : text.split(QChar::Space, Qt::SkipEmptyParts)) {
        for (const QString &part : word.split(u'\n', Qt::SkipEmptyParts))
            widest = std::max(widest, measured(part));
    }
    return widest;
}

} // namespace accord
