// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageitems.h"

#include <QFont>

class QPaintDevice;

namespace accord {

// A piece of plain text broken into lines for one width with QTextLayout, at the
// resolution of the device it will be drawn on. Line breaks in the text are kept;
// long words break anywhere rather than overflow. Nothing in the text is
// interpreted: "<b>" is three characters.
class TextBox {
public:
    TextBox() = default;
    // lineHeight: the distance between baselines as a multiple of the font's size.
    TextBox(const QString &text, const QFont &font, qreal width, const QPaintDevice *device,
        Qt::Alignment alignment = Qt::AlignLeft, qreal lineHeight = 1.38);

    qreal height() const { return m_height; }
    int lineCount() const;
    qreal lineTop(int line) const;
    qreal lineBottom(int line) const;
    // The widest line, for shrinking a box around short text.
    qreal usedWidth() const;
    bool isEmpty() const { return lineCount() == 0; }

    // Lines [first, first + count) with the top of `first` at origin.
    PageItem::Text item(QPointF origin, const QColor &color, int first = 0, int count = -1) const;

    // The width of the text on one line (its longest line, with explicit breaks).
    static qreal naturalWidth(const QString &text, const QFont &font, const QPaintDevice *device);
    // The width of its longest word.
    static qreal longestWord(const QString &text, const QFont &font, const QPaintDevice *device);
    // Line breaks as QTextLayout wants them (QChar::LineSeparator).
    static QString prepared(const QString &text);

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
};

} // namespace accord
