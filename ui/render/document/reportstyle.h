// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

namespace accord {

// The look of the printed document: DejaVu type in a clear hierarchy, one accent
// colour, tinted header rows and zebra rows. Sizes are in points; px() turns them
// into device pixels at the resolution the document is laid out for.
struct ReportStyle {
    explicit ReportStyle(qreal dpi);

    qreal px(qreal points) const { return points * m_dpi / 72.0; }
    qreal dpi() const { return m_dpi; }

    QFont body;
    QFont bodyBold;
    QFont italic;
    QFont kicker;
    QFont title;
    QFont subtitle;
    QFont h1;
    QFont h2;
    QFont h3;
    QFont cell;
    QFont cellBold;
    QFont headerCell;
    QFont caption;
    QFont label;
    QFont running;

    QColor ink;
    QColor muted;
    QColor accent;
    QColor accentDark;
    QColor rule;
    QColor zebra;
    QColor tint; // fact boxes
    QColor noticeFill;
    QColor noticeStroke;
    QColor onAccent; // text on the accent colour

private:
    qreal m_dpi;
};

} // namespace accord
