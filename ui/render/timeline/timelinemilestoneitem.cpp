// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemilestoneitem.h"
#include "pdfactualtext.h"

#include "dashedline.h"
#include "devicefont.h"
#include "model/enuminfo.h"
#include "palette.h"
#include "rules/milestonerules.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace accord {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("accord::Timeline", text, disambiguation, n);
}

QString dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("not set");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

TimelineMilestoneItem::TimelineMilestoneItem(const TimelineMilestone &milestone,
    const TimelinePlacement &placement, const TimelineLayout &layout, const TimelineStyle &style)
    : m_data(milestone)
    , m_style(style)
    , m_placement(placement)
    , m_pixelsPerDay(layout.pixelsPerDay())
{
    m_originX = layout.x(m_data.from);
    m_barWidth = layout.x(m_data.to) - m_originX;
    if (m_data.forecast.isValid())
        m_slipWidth = layout.x(m_data.forecast) - layout.x(m_data.to);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    setToolTip(toolTipFor(m_data));
    setZValue(3);
    setPos(m_originX, layout.rowCenterY(m_data.band, m_placement.row));
}

QColor TimelineMilestoneItem::fillColor() const
{
    return m_data.overdue ? Palette::overdue() : Palette::taskStatus(m_data.milestone.status);
}

QRectF TimelineMilestoneItem::localBar() const
{
    if (m_data.diamond) {
        const qreal d = m_style.diamondSize;
        return QRectF(-d / 2, -d / 2, d, d);
    }
    const qreal h = m_style.barHeight;
    return QRectF(0, -h / 2, std::max<qreal>(m_barWidth, 1), h);
}

QRectF TimelineMilestoneItem::sceneBarRect() const
{
    return localBar().translated(pos());
}

QString TimelineMilestoneItem::currentLabel() const
{
    if (!m_dragging || m_dragDays == 0)
        return m_data.label;
    const QDate target = m_data.to.addDays(m_dragDays);
    return tr("%1 → %2", "milestone label while dragging: name, new target date")
        .arg(m_data.milestone.name.simplified(), dateText(target));
}

QRectF TimelineMilestoneItem::labelRect() const
{
    // The layout measured the label; only a dragged milestone's label is new.
    const bool moved = m_dragging && m_dragDays != 0;
    const qreal width
        = (moved ? m_style.textWidth(m_style.font, currentLabel()) : m_placement.labelWidth) + 2;
    const qreal h = m_style.rowHeight;
    if (m_placement.labelLeft) {
        const qreal right = m_placement.shapeLeft - m_originX - m_style.gap;
        return QRectF(right - width, -h / 2, width, h);
    }
    return QRectF(m_placement.shapeRight - m_originX + m_style.gap, -h / 2, width, h);
}

QRectF TimelineMilestoneItem::boundingRect() const
{
    const qreal h = std::max(m_style.rowHeight, m_style.diamondSize) + 2 * m_style.pen;
    QRectF shape(m_placement.shapeLeft - m_originX - m_style.pen, -h / 2,
        m_placement.shapeRight - m_placement.shapeLeft + 2 * m_style.pen, h);
    return shape.united(labelRect());
}

QPainterPath TimelineMilestoneItem::shape() const
{
    QPainterPath path;
    path.addRect(localBar().adjusted(-2, -2, 2, 2).united(labelRect()));
    return path;
}

void TimelineMilestoneItem::paintSlip(QPainter *painter) const
{
    const qreal start = m_data.diamond ? m_style.diamondSize / 2 : m_barWidth;
    const qreal end = m_barWidth + m_slipWidth;
    const qreal r = m_style.barHeight / 4;
    if (end - start < 3 * r) // a slip too short to see: the tooltip tells it
        return;
    const QColor colour = m_data.pastRenewal ? Palette::overdue() : Palette::behind();
    drawDashedLine(painter, QPolygonF({QPointF(start, 0), QPointF(end, 0)}),
        QPen(colour, 1.5 * m_style.pen, Qt::DashLine));
    painter->setPen(QPen(colour, 1.5 * m_style.pen));
    painter->setBrush(Palette::paper());
    painter->drawEllipse(QPointF(end, 0), r, r);
}

void TimelineMilestoneItem::paintFlag(QPainter *painter) const
{
    if (!m_data.pastRenewal)
        return;
    const qreal h = m_style.barHeight;
    const qreal x = m_placement.shapeRight - m_originX - m_style.flagWidth * 0.75;
    const QColor colour = Palette::overdue();
    painter->setPen(QPen(colour, 1.5 * m_style.pen, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(x, h * 0.7), QPointF(x, -h * 0.9));
    const QPointF flag[] = {{x, -h * 0.9}, {x + m_style.flagWidth * 0.6, -h * 0.6}, {x, -h * 0.3}};
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(flag, 3);
}

void TimelineMilestoneItem::paint(
    QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    paintSlip(painter);
    const QColor fill = fillColor();
    painter->setBrush(fill);
    painter->setPen(
        QPen(selected ? Palette::ink() : fill.darker(130), (selected ? 2.5 : 1.0) * m_style.pen));
    const QRectF bar = localBar();
    if (m_data.diamond) {
        const QPointF diamond[]
            = {{0, bar.top()}, {bar.right(), 0}, {0, bar.bottom()}, {bar.left(), 0}};
        painter->drawPolygon(diamond, 4);
    } else {
        const qreal radius = bar.height() / 3;
        painter->drawRoundedRect(bar, radius, radius);
    }
    paintFlag(painter);

    // A patch of the band's tint keeps grid and marker lines out of the text.
    const QRectF label = labelRect();
    const qreal h = m_style.lineHeight;
    painter->fillRect(QRectF(label.left() - 2, -h / 2, label.width() + 2, h),
        TimelineStyle::bandFill(m_data.band));
    painter->setFont(deviceFont(m_style.font, painter->device()));
    const bool skipped = m_data.milestone.status == TaskStatus::Skipped;
    painter->setPen(m_data.pastRenewal ? Palette::overdue().darker(115)
            : skipped                  ? Palette::muted()
                                       : Palette::ink());
    const Qt::Alignment align
        = Qt::AlignVCenter | (m_placement.labelLeft ? Qt::AlignRight : Qt::AlignLeft);
    PdfActualText::drawText(painter, label, int(align), currentLabel());
}

void TimelineMilestoneItem::setDraggable(std::function<void(RowId, int)> onRescheduled)
{
    // A closed milestone's dates are history: it stays where it is.
    if (isClosed(m_data.milestone) || !onRescheduled) {
        m_onRescheduled = nullptr;
        unsetCursor();
        return;
    }
    m_onRescheduled = std::move(onRescheduled);
    setCursor(Qt::SizeHorCursor);
}

void TimelineMilestoneItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mousePressEvent(event);
    if (event->button() != Qt::LeftButton || !m_onRescheduled)
        return;
    m_pressX = event->scenePos().x();
    m_dragging = true;
    m_dragDays = 0;
    event->accept();
}

void TimelineMilestoneItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging)
        return;
    const int days = int(std::lround((event->scenePos().x() - m_pressX) / m_pixelsPerDay));
    if (days == m_dragDays)
        return;
    prepareGeometryChange();
    m_dragDays = days;
    setPos(m_originX + days * m_pixelsPerDay, pos().y());
}

void TimelineMilestoneItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (!m_dragging)
        return;
    m_dragging = false;
    const int days = m_dragDays;
    prepareGeometryChange();
    m_dragDays = 0;
    setPos(m_originX, pos().y());
    if (days != 0)
        m_onRescheduled(m_data.milestone.id, days); // may rebuild the scene later, never now
}

QString TimelineMilestoneItem::toolTipFor(const TimelineMilestone &t)
{
    const Milestone &m = t.milestone;
    QString rows;
    rows += row(tr("Owner"), m.owner.trimmed().isEmpty() ? tr("not set") : m.owner);
    if (m.start.isValid())
        rows += row(tr("Start"), dateText(m.start));
    rows += row(tr("Target"), dateText(m.targetDate));
    if (m.actualDate.isValid())
        rows += row(tr("Done"), dateText(m.actualDate));
    QString status = enumLabel(m.status);
    if (t.overdue)
        status = tr("%1, overdue", "status, overdue").arg(status);
    rows += row(tr("Status"), status);
    const QStringList blockers = m.blockers.filter(QRegularExpression(QStringLiteral("\\S")));
    if (!blockers.isEmpty())
        rows += row(tr("Blockers"), blockers.join(QStringLiteral("; ")));
    if (t.forecast.isValid())
        rows += row(tr("Forecast"),
            tr("%1 (%n day(s) after the target)", nullptr, t.slipDays).arg(dateText(t.forecast)));
    QString html
        = QStringLiteral("<p><b>%1</b></p><table>%2</table>").arg(m.name.toHtmlEscaped(), rows);
    if (t.pastRenewal)
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg(Palette::overdue().name(),
                        tr("Lands after the renewal date: the customer renews before this "
                           "milestone is delivered.")
                            .toHtmlEscaped());
    return html;
}

} // namespace accord
