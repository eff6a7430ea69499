// SPDX-License-Identifier: GPL-3.0-or-later
#include "slideframe.h"

#include "palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace accord {

namespace {

constexpr qreal kMargin = 96;
constexpr qreal kTitleBand = 150;
constexpr qreal kFooterBand = 70;

} // namespace

QFont slideFont(qreal pixels, bool bold)
{
    QFont font = Palette::font(Medium::Slide, 1.0, bold);
    font.setPixelSize(int(pixels));
    return font;
}

QRectF SlideFrame::paint(QPainter *painter) const
{
    const QRectF canvas(0, 0, 1920, 1080);
    painter->fillRect(canvas, Palette::paper());
    painter->fillRect(QRectF(0, 0, canvas.width(), 12), Palette::accent());

    painter->setPen(Palette::ink());
    painter->setFont(slideFont(56, true));
    const QRectF titleRect(kMargin, 24, canvas.width() - 2 * kMargin, kTitleBand - 24);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetricsF(painter->font()).elidedText(title, Qt::ElideRight, titleRect.width()));

    const QRectF footerRect(
        kMargin, canvas.height() - kFooterBand, canvas.width() - 2 * kMargin, kFooterBand - 16);
    painter->setPen(QPen(Palette::muted(), 2));
    painter->drawLine(footerRect.topLeft(), footerRect.topRight());
    painter->setFont(slideFont(24));
    painter->drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, footer);
    if (count > 0) {
        painter->drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("%1 / %2").arg(number).arg(count));
    }
    return QRectF(kMargin, kTitleBand + 16, canvas.width() - 2 * kMargin,
        canvas.height() - kTitleBand - kFooterBand - 48);
}

void paintSlideList(QPainter *painter, const QRectF &area,
    const std::vector<SlideListEntry> &entries, const QString &emptyText)
{
    const QFont headingFont = slideFont(38, true);
    const QFont detailFont = slideFont(28);
    const QFontMetricsF headingMetrics(headingFont);
    const QFontMetricsF detailMetrics(detailFont);
    if (entries.empty()) {
        painter->setFont(slideFont(40));
        painter->setPen(Palette::muted());
        painter->drawText(area, Qt::AlignCenter, emptyText);
        return;
    }
    const qreal rowHeight = headingMetrics.height() + detailMetrics.height() + 36;
    const qreal badgeWidth = 360;
    qreal y = area.top();
    for (const SlideListEntry &entry : entries) {
        if (y + rowHeight > area.bottom() + 1)
            break;
        const QRectF text(area.left() + 36, y, area.width() - badgeWidth - 48, rowHeight);
        painter->fillRect(QRectF(area.left(), y + 8, 10, rowHeight - 20),
            entry.alert ? Palette::overdue() : Palette::accent());
        painter->setFont(headingFont);
        painter->setPen(entry.alert ? Palette::overdue() : Palette::ink());
        painter->drawText(QRectF(text.left(), y, text.width(), headingMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            headingMetrics.elidedText(entry.heading, Qt::ElideRight, text.width()));
        painter->setFont(detailFont);
        painter->setPen(Palette::muted());
        painter->drawText(QRectF(text.left(), y + headingMetrics.height() + 4, text.width(),
                              detailMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            detailMetrics.elidedText(entry.detail, Qt::ElideRight, text.width()));
        if (!entry.badge.isEmpty()) {
            painter->setFont(detailFont);
            painter->setPen(entry.alert ? Palette::overdue() : Palette::ink());
            painter->drawText(
                QRectF(area.right() - badgeWidth, y, badgeWidth, headingMetrics.height()),
                Qt::AlignRight | Qt::AlignVCenter, entry.badge);
        }
        y += rowHeight;
    }
}

} // namespace accord
