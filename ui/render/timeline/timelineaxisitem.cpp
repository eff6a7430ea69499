// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaxisitem.h"
#include "pdfactualtext.h"

#include "devicefont.h"
#include "palette.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace accord {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("accord::Timeline", text, disambiguation);
}

QDate quarterStart(QDate d)
{
    return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

TimelineAxisItem::TimelineAxisItem(
    const TimelineLayout &layout, const TimelineStyle &style, Part part)
    : m_layout(layout)
    , m_style(style)
    , m_part(part)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(part == Part::Grid ? 1 : 5);
}

QRectF TimelineAxisItem::boundingRect() const
{
    const QRectF all = m_layout.bounds();
    if (m_part == Part::Grid)
        return all;
    return QRectF(all.left(), 0, all.width(), m_layout.axisBottom());
}

QString TimelineAxisItem::monthLabel(QDate month) const
{
    const qreal width = m_layout.x(month.addMonths(1)) - m_layout.x(month) - m_style.gap;
    const QString name = QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat);
    if (m_style.textWidth(m_style.smallFont, name) <= width)
        return name;
    const QString letter = name.left(1);
    return m_style.textWidth(m_style.smallFont, letter) <= width ? letter : QString();
}

bool TimelineAxisItem::showsQuarters() const
{
    const QString sample = tr("Q%1 %2", "quarter, year").arg(4).arg(2000);
    return m_style.textWidth(m_style.smallFont, sample) + 2 * m_style.gap
        <= 90 * m_layout.pixelsPerDay();
}

void TimelineAxisItem::paint(
    QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const QRectF exposed = option->exposedRect.isEmpty() ? boundingRect() : option->exposedRect;
    if (m_part == Part::Grid) {
        paintGrid(painter, exposed, boundingRect().bottom() - m_style.margin);
        return;
    }
    const QRectF axis = boundingRect();
    painter->fillRect(axis, Palette::paper());
    paintGrid(painter, exposed, axis.bottom());
    painter->setPen(QPen(TimelineStyle::quarterLine(), m_style.pen));
    painter->drawLine(axis.bottomLeft(), axis.bottomRight());
    painter->drawLine(
        QPointF(axis.left(), m_style.axisRowHeight), QPointF(axis.right(), m_style.axisRowHeight));
    paintTopRow(painter, exposed);
    paintMonths(painter, exposed);
}

void TimelineAxisItem::paintGrid(QPainter *painter, const QRectF &exposed, qreal bottom) const
{
    for (QDate m = m_layout.firstDate(); m <= m_layout.lastDate(); m = m.addMonths(1)) {
        const qreal x = m_layout.x(m);
        if (x < exposed.left() - 1 || x > exposed.right() + 1)
            continue;
        const bool quarter = (m.month() - 1) % 3 == 0;
        painter->setPen(
            QPen(quarter ? TimelineStyle::quarterLine() : TimelineStyle::gridLine(), m_style.pen));
        const qreal top = quarter ? 0 : m_style.axisRowHeight;
        painter->drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void TimelineAxisItem::paintSpanLabel(QPainter *painter, QDate from, QDate to, qreal top,
    const QString &text, const QString &shortText) const
{
    const qreal left = std::max(m_layout.x(from), m_layout.timeLeft());
    const qreal right = std::min(m_layout.x(to), m_layout.timeRight());
    const qreal room = right - left - m_style.gap;
    QString shown = text;
    if (m_style.textWidth(painter->font(), shown) > room)
        shown = shortText;
    if (shown.isEmpty() || m_style.textWidth(painter->font(), shown) > room)
        return;
    PdfActualText::drawText(painter, QRectF(left, top, right - left, m_style.axisRowHeight),
        int(Qt::AlignCenter), shown);
}

void TimelineAxisItem::paintTopRow(QPainter *painter, const QRectF &exposed) const
{
    painter->setFont(deviceFont(m_style.boldFont, painter->device()));
    painter->setPen(Palette::ink());
    const bool quarters = showsQuarters();
    QDate from
        = quarters ? quarterStart(m_layout.firstDate()) : QDate(m_layout.firstDate().year(), 1, 1);
    while (from < m_layout.lastDate()) {
        const QDate to = from.addMonths(quarters ? 3 : 12);
        if (m_layout.x(to) >= exposed.left() && m_layout.x(from) <= exposed.right()) {
            const int q = (from.month() - 1) / 3 + 1;
            const QString year = QString::number(from.year());
            if (quarters)
                paintSpanLabel(painter, from, to, 0, tr("Q%1 %2", "quarter, year").arg(q).arg(year),
                    tr("Q%1", "quarter").arg(q));
            else
                paintSpanLabel(painter, from, to, 0, year, QString());
        }
        from = to;
    }
}

void TimelineAxisItem::paintMonths(QPainter *painter, const QRectF &exposed) const
{
    painter->setFont(deviceFont(m_style.smallFont, painter->device()));
    painter->setPen(Palette::ink());
    for (QDate m = m_layout.firstDate(); m < m_layout.lastDate(); m = m.addMonths(1)) {
        const QDate next = m.addMonths(1);
        if (m_layout.x(next) < exposed.left() || m_layout.x(m) > exposed.right())
            continue;
        const QString label = monthLabel(m);
        if (!label.isEmpty())
            PdfActualText::drawText(painter,
                QRectF(m_layout.x(m), m_style.axisRowHeight, m_layout.x(next) - m_layout.x(m),
                    m_style.axisRowHeight),
                int(Qt::AlignCenter), label);
    }
}

} // namespace accord
