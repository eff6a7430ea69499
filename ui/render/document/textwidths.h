// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetricsF>
#include <QHash>
#include <QString>

class QFont;
class QPaintDevice;

namespace accord {

// Widths of text in one font on one device, each distinct line or word measured
// once: a table's column of dates, statuses and owners repeats the same few.
class TextWidths {
public:
    TextWidths(const QFont &font, const QPaintDevice *device);

    // The width of the text on one line (its longest line, with explicit breaks).
    qreal natural(const QString &text);
    // The width of its longest word.
    qreal longestWord(const QString &text);

private:
    qreal measured(const QString &text);

    QFontMetricsF m_metrics;
    QHash<QString, qreal> m_widths;
};

} // namespace accord
