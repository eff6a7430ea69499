// SPDX-License-Identifier: GPL-3.0-or-later
#include "roichart.h"
#include "pdfactualtext.h"

#include "axisrange.h"
#include "chartfigure.h"
#include "chartstyle.h"
#include "devicefont.h"
#include "palette.h"
#include "rules/roisummary.h"
#include "text/roitext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::RoiChart", text);
}

// Whole currency units; the labels say the currency.
double major(const Money &money)
{
    return double(money.minor) / 100.0;
}

QString label(double value, const QString &currency)
{
    return Money {qint64(std::llround(value * 100)), currency}.toDisplayString();
}

void paintChart(QPainter *painter, const QRectF &area, const RoiSummary &roi, Medium medium)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(area, Palette::paper());
    const qreal margin = ChartStyle::margin(medium);
    QRectF box = area.adjusted(margin, margin, -margin, -margin);
    const QFont textFont = ChartStyle::font(medium);
    const QFont labelFont = ChartStyle::font(medium, 0.9);
    const QFontMetricsF textMetrics(textFont);
    const QFontMetricsF labels(labelFont);
    box.setTop(box.top()
        + ChartStyle::paintTitle(painter, box, tr("ROI timeline"), RoiText::headline(roi),
            Palette::muted().darker(130), medium));
    if (roi.periods.empty() || roi.totals != RoiSummary::Totals::Added)
        return;

    // Legend at the foot.
    const qreal legendHeight = textMetrics.height() * 1.2;
    const QRectF legend(box.left(), box.bottom() - legendHeight, box.width(), legendHeight);
    box.setBottom(legend.top() - margin * 2);

    QList<double> values {0};
    for (const RoiSummary::Period &p : roi.periods)
        values << major(p.net) << major(p.cumulative);
    const ValueRange range = AxisRange::padded(values);
    const double step = AxisRange::niceStep(range.max - range.min, AxisRange::intervals(medium));
    const QList<double> ticks = AxisRange::ticks(range, step);
    const QString currency = roi.net.currency;
    qreal labelWidth = 0;
    for (const double v : ticks)
        labelWidth = std::max(labelWidth, labels.horizontalAdvance(label(v, currency)));
    const qreal gap = labels.height() * 0.4;
    const QRectF plot(box.left() + labelWidth + gap, box.top() + labels.height() / 2,
        box.width() - labelWidth - gap, box.height() - labels.height() - gap - labels.height() / 2);
    if (plot.width() < 10 || plot.height() < 10)
        return;
    const auto y = [&](double v) {
        return plot.bottom() - (v - range.min) / (range.max - range.min) * plot.height();
    };

    painter->setFont(deviceFont(labelFont, painter->device()));
    for (const double v : ticks) {
        painter->setPen(ChartStyle::gridPen(medium));
        painter->drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        painter->setPen(Palette::ink());
        PdfActualText::drawText(painter,
            QRectF(box.left(), y(v) - labels.height() / 2, labelWidth, labels.height()),
            Qt::AlignRight | Qt::AlignVCenter, label(v, currency));
    }
    painter->setPen(
        QPen(Palette::overPaper(Palette::muted(), 200), medium == Medium::Print ? 0.8 : 1.2));
    painter->drawLine(QPointF(plot.left(), y(0)), QPointF(plot.right(), y(0)));

    // One slot per period, in order; bars for the net, a line through the cumulative.
    const qreal slot = plot.width() / qreal(roi.periods.size());
    const qreal barWidth = std::min(slot * 0.55, labels.height() * 4);
    QPolygonF cumulative;
    for (std::size_t i = 0; i < roi.periods.size(); ++i) {
        const RoiSummary::Period &p = roi.periods[i];
        const qreal centre = plot.left() + slot * (qreal(i) + 0.5);
        const double net = major(p.net);
        const QRectF bar(QPointF(centre - barWidth / 2, std::min(y(net), y(0))),
            QPointF(centre + barWidth / 2, std::max(y(net), y(0))));
        painter->fillRect(bar, net < 0 ? Palette::overdue() : Palette::onTrack());
        cumulative << QPointF(centre, y(major(p.cumulative)));
        painter->setPen(Palette::ink());
        const QString month = tr("Month %1").arg(p.month);
        PdfActualText::drawText(painter,
            QRectF(centre - slot / 2, plot.bottom() + gap, slot, labels.height()), Qt::AlignCenter,
            labels.elidedText(month, Qt::ElideRight, slot));
    }
    painter->setPen(ChartStyle::pen(Palette::accent(), medium));
    painter->drawPolyline(cumulative);
    QPainterPath dots;
    const qreal r = ChartStyle::markerSize(medium) / 2;
    for (const QPointF &p : cumulative)
        dots.addEllipse(p, r, r);
    painter->fillPath(dots, Palette::accent());

    // Legend: net bars (both colours) and the cumulative line.
    const QString netText = tr("Net return in the period");
    const QString cumulativeText = tr("Cumulative");
    const qreal mark = textMetrics.height();
    const qreal total = mark * 1.6 + textMetrics.horizontalAdvance(netText) + mark * 1.2
        + mark * 1.2 + textMetrics.horizontalAdvance(cumulativeText);
    qreal x = legend.center().x() - total / 2;
    const qreal middle = legend.center().y();
    painter->fillRect(QRectF(x, middle - mark * 0.35, mark * 0.5, mark * 0.7), Palette::onTrack());
    painter->fillRect(
        QRectF(x + mark * 0.5, middle - mark * 0.35, mark * 0.5, mark * 0.7), Palette::overdue());
    x += mark * 1.6;
    painter->setFont(deviceFont(textFont, painter->device()));
    painter->setPen(Palette::ink());
    PdfActualText::drawText(painter, QPointF(x, middle + textMetrics.ascent() / 2 - 1), netText);
    x += textMetrics.horizontalAdvance(netText) + mark * 1.2;
    painter->setPen(ChartStyle::pen(Palette::accent(), medium));
    painter->drawLine(QPointF(x, middle), QPointF(x + mark, middle));
    x += mark * 1.2;
    painter->setPen(Palette::ink());
    PdfActualText::drawText(
        painter, QPointF(x, middle + textMetrics.ascent() / 2 - 1), cumulativeText);
}

} // namespace

Figure roiFigure(const Plan &plan, Medium medium)
{
    return scaledFigure(tr("ROI timeline"), ChartStyle::naturalSize(medium),
        [roi = roiSummary(plan), medium](QPainter *painter, const QRectF &area) {
            painter->save();
            paintChart(painter, area, roi, medium);
            painter->restore();
        });
}

} // namespace accord
