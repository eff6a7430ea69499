// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpichartpainter.h"
#include "pdfactualtext.h"

#include "axisrange.h"
#include "chartfigure.h"
#include "chartstyle.h"
#include "dashedline.h"
#include "devicefont.h"
#include "kpichart.h"
#include "labelplacer.h"
#include "palette.h"
#include "timeticks.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::KpiChart", text);
}

QColor expectedColour()
{
    return Palette::overPaper(Palette::accent(), 110);
}

QColor axisTitleColour()
{
    return Palette::muted().darker(130);
}

// Text on a veil of paper, so that lines under it do not make it unreadable.
void paintLabel(QPainter *painter, const QRectF &box, const QString &text, const QFont &font,
    const QColor &colour)
{
    QColor veil = Palette::paper();
    veil.setAlpha(215);
    painter->fillRect(box, veil);
    painter->setFont(deviceFont(font, painter->device()));
    painter->setPen(colour);
    PdfActualText::drawText(painter, box, Qt::AlignCenter, text);
}

} // namespace

struct KpiChartPainter::Plot {
    QRectF area;
    ValueRange values;
    QList<double> valueTicks;
    int decimals = 0;
    qreal valueLabelWidth = 0; // the widest value label
    QList<TimeTick> timeTicks;
    qreal xMin = 0;
    qreal xMax = 1;
    bool reversed = false;

    qreal x(qreal time) const { return area.left() + (time - xMin) / (xMax - xMin) * area.width(); }
    qreal y(double value) const
    {
        const double share = (value - values.min) / (values.max - values.min);
        return reversed ? area.top() + share * area.height()
                        : area.bottom() - share * area.height();
    }
    QPointF at(QPointF point) const { return {x(point.x()), y(point.y())}; }
    QPolygonF line(const QList<QPointF> &points) const
    {
        QPolygonF mapped;
        mapped.reserve(points.size());
        for (const QPointF &p : points)
            mapped.append(at(p));
        return mapped;
    }
    QString valueText(double value) const { return QString::number(value, 'f', decimals); }
};

KpiChartPainter::KpiChartPainter(std::optional<KpiChartData> data, QString title, Medium medium)
    : m_data(std::move(data))
    , m_title(std::move(title))
    , m_medium(medium)
{
}

Figure KpiChartPainter::figure() const
{
    return scaledFigure(m_title, ChartStyle::naturalSize(m_medium),
        [chart = *this](QPainter *painter, const QRectF &area) { chart.paint(painter, area); });
}

void KpiChartPainter::paint(QPainter *painter, const QRectF &area) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(area, Palette::paper());
    const qreal margin = ChartStyle::margin(m_medium);
    QRectF box = area.adjusted(margin, margin, -margin, -margin);
    box.setTop(box.top() + paintTitle(painter, box));
    if (!m_data) {
        paintNotice(painter, box, tr("This metric is not in the plan."));
        painter->restore();
        return;
    }
    box.setBottom(box.bottom() - paintLegend(painter, box));
    const Plot plot = plotIn(box);
    if (plot.area.width() > 1 && plot.area.height() > 1) {
        paintGrid(painter, plot);
        painter->save();
        const qreal bleed = ChartStyle::markerSize(m_medium);
        painter->setClipRect(plot.area.adjusted(-bleed, -bleed, bleed, bleed));
        paintSeries(painter, plot);
        paintPointLabels(painter, plot);
        painter->restore();
        paintAxisLabels(painter, plot);
        if (!m_data->hasDates)
            paintNotice(painter, plot.area, tr("No dated values to plot yet"));
    }
    painter->restore();
}

qreal KpiChartPainter::paintTitle(QPainter *painter, const QRectF &box) const
{
    const QString name = m_title.simplified().isEmpty() ? tr("Unnamed metric") : m_title;
    if (!m_data)
        return ChartStyle::paintTitle(painter, box, name, {}, {}, m_medium);
    return ChartStyle::paintTitle(painter, box, name, kpiProgressText(m_data->progress),
        kpiProgressColour(m_data->progress), m_medium);
}

qreal KpiChartPainter::paintLegend(QPainter *painter, const QRectF &box) const
{
    enum class Mark { Line, Dot, Dash, Diamond, LightDash };
    struct Entry {
        QString name;
        Mark mark;
    };
    std::vector<Entry> entries {{KpiSeries::measurements(), Mark::Line}};
    if (m_data->baseline)
        entries.push_back({KpiSeries::baseline(), Mark::Dot});
    if (m_data->target)
        entries.push_back({KpiSeries::target(), Mark::Dash});
    if (!m_data->interims.empty())
        entries.push_back({KpiSeries::interimTargets(), Mark::Diamond});
    if (!m_data->expected.isEmpty())
        entries.push_back({KpiSeries::expected(), Mark::LightDash});

    const QFont font = ChartStyle::font(m_medium, 0.95);
    const QFontMetricsF metrics(font);
    const qreal lineHeight = metrics.height() * 1.2;
    const qreal mark = metrics.height();
    const qreal gap = metrics.height() * 0.4;
    const qreal spacing = metrics.height() * 1.2;
    // Rows of entries, each row centred.
    std::vector<std::vector<std::pair<const Entry *, qreal>>> rows(1);
    qreal rowWidth = 0;
    for (const Entry &entry : entries) {
        const qreal width = mark + gap + metrics.horizontalAdvance(entry.name);
        if (!rows.back().empty() && rowWidth + spacing + width > box.width()) {
            rows.emplace_back();
            rowWidth = 0;
        }
        rowWidth += (rows.back().empty() ? 0 : spacing) + width;
        rows.back().emplace_back(&entry, width);
    }
    const qreal height = lineHeight * qreal(rows.size());
    qreal y = box.bottom() - height;
    painter->setFont(deviceFont(font, painter->device()));
    for (const auto &row : rows) {
        qreal total = 0;
        for (const auto &[entry, width] : row)
            total += width;
        total += spacing * qreal(row.size() - 1);
        qreal x = box.center().x() - total / 2;
        const qreal middle = y + lineHeight / 2;
        for (const auto &[entry, width] : row) {
            const QRectF symbol(x, middle - mark / 2, mark, mark);
            painter->save();
            switch (entry->mark) {
            case Mark::Line:
                painter->setPen(ChartStyle::pen(Palette::accent(), m_medium));
                painter->drawLine(QLineF(symbol.left(), middle, symbol.right(), middle));
                break;
            case Mark::Dot:
                painter->setPen(Qt::NoPen);
                painter->setBrush(Palette::muted());
                painter->drawEllipse(symbol.center(), mark * 0.3, mark * 0.3);
                break;
            case Mark::Dash:
                painter->setPen(ChartStyle::pen(Palette::target(), m_medium, Qt::SolidLine));
                painter->drawLine(QLineF(
                    symbol.left() + mark * 0.2, middle, symbol.right() - mark * 0.2, middle));
                break;
            case Mark::Diamond: {
                painter->setPen(QPen(Palette::target(), ChartStyle::lineWidth(m_medium) * 0.75));
                painter->setBrush(Palette::paper());
                const qreal r = mark * 0.3;
                const QPointF c = symbol.center();
                painter->drawPolygon(QPolygonF({c + QPointF(0, -r), c + QPointF(r, 0),
                    c + QPointF(0, r), c + QPointF(-r, 0)}));
                break;
            }
            case Mark::LightDash:
                drawDashedLine(painter,
                    QPolygonF({QPointF(symbol.left(), middle), QPointF(symbol.right(), middle)}),
                    ChartStyle::pen(expectedColour(), m_medium, Qt::DashLine, 0.6));
                break;
            }
            painter->restore();
            painter->setPen(Palette::ink());
            PdfActualText::drawText(painter,
                QRectF(x + mark + gap, y, width - mark - gap, lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter, entry->name);
            x += width + spacing;
        }
        y += lineHeight;
    }
    return height + ChartStyle::margin(m_medium) * 2;
}

KpiChartPainter::Plot KpiChartPainter::plotIn(const QRectF &box) const
{
    Plot plot;
    const KpiChartData &data = *m_data;
    plot.values = AxisRange::padded(data.values());
    const double step
        = AxisRange::niceStep(plot.values.max - plot.values.min, AxisRange::intervals(m_medium));
    plot.valueTicks = AxisRange::ticks(plot.values, step);
    plot.decimals = AxisRange::decimals(step);
    plot.reversed = data.direction == Direction::Decrease;
    plot.xMin = data.xMin;
    plot.xMax = data.xMax > data.xMin ? data.xMax : data.xMin + 1;

    const QFontMetricsF labels(ChartStyle::font(m_medium, 0.9));
    const QFontMetricsF axisTitle(ChartStyle::font(m_medium, 0.95));
    for (const double v : std::as_const(plot.valueTicks)) {
        plot.valueLabelWidth
            = std::max(plot.valueLabelWidth, labels.horizontalAdvance(plot.valueText(v)));
    }
    const qreal gap = labels.height() * 0.4;
    const qreal widestDate = labels.horizontalAdvance(QStringLiteral("May 2026"));
    QRectF area = box;
    area.setLeft(box.left() + axisTitle.height() + gap + plot.valueLabelWidth + gap);
    area.setRight(box.right() - widestDate / 2);
    area.setTop(box.top() + labels.height() / 2);
    area.setBottom(box.bottom() - (data.hasDates ? labels.height() + gap : 0));
    plot.area = area;
    if (data.hasDates) {
        const int most = std::max(2, int(area.width() / (widestDate * 1.5)));
        plot.timeTicks = timeTicks(plot.xMin, plot.xMax, most);
    }
    return plot;
}

void KpiChartPainter::paintGrid(QPainter *painter, const Plot &plot) const
{
    painter->setPen(ChartStyle::gridPen(m_medium));
    QList<QLineF> lines;
    for (const double v : plot.valueTicks)
        lines.append(QLineF(plot.area.left(), plot.y(v), plot.area.right(), plot.y(v)));
    for (const TimeTick &tick : plot.timeTicks)
        lines.append(QLineF(plot.x(tick.x), plot.area.top(), plot.x(tick.x), plot.area.bottom()));
    painter->drawLines(lines);
    painter->setPen(ChartStyle::axisPen(m_medium));
    painter->drawLine(plot.area.bottomLeft(), plot.area.bottomRight());
    painter->drawLine(plot.area.topLeft(), plot.area.bottomLeft());
}

void KpiChartPainter::paintSeries(QPainter *painter, const Plot &plot) const
{
    const KpiChartData &data = *m_data;
    const qreal marker = ChartStyle::markerSize(m_medium);
    if (!data.expected.isEmpty()) {
        drawDashedLine(painter, plot.line(data.expected),
            ChartStyle::pen(expectedColour(), m_medium, Qt::DashLine, 0.6));
    }
    if (data.target) {
        const QPointF end = data.targetPoint.value_or(QPointF(data.xMax, *data.target));
        drawDashedLine(painter, plot.line({{data.xMin, *data.target}, end}),
            ChartStyle::pen(Palette::target(), m_medium, Qt::CustomDashLine, 0.8));
    }
    const bool marked = data.measurements.size() <= kMaxMarkedMeasurements;
    QPen line = ChartStyle::pen(Palette::accent(), m_medium, Qt::SolidLine, marked ? 1.0 : 0.6);
    if (!marked) // thousands of round joins cost more to stroke than to see
        line.setJoinStyle(Qt::BevelJoin);
    painter->setPen(line);
    const QPolygonF measured = plot.line(data.measurements);
    painter->drawPolyline(measured);
    if (marked) { // one path: a page holds one fill, not one per reading
        QPainterPath dots;
        for (const QPointF &p : measured)
            dots.addEllipse(p, marker / 2, marker / 2);
        painter->fillPath(dots, Palette::accent());
    }
    if (data.baseline) {
        painter->setPen(QPen(Palette::paper(), ChartStyle::lineWidth(m_medium) * 0.5));
        painter->setBrush(Palette::muted());
        painter->drawEllipse(plot.at(*data.baseline), marker * 0.7, marker * 0.7);
    }
    if (data.targetPoint) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Palette::target());
        painter->drawEllipse(plot.at(*data.targetPoint), marker * 0.75, marker * 0.75);
    }
    painter->setPen(QPen(Palette::target(), ChartStyle::lineWidth(m_medium) * 0.75));
    painter->setBrush(Palette::paper());
    for (const KpiChartData::Interim &it : data.interims) {
        const QPointF c = plot.at(it.point);
        const qreal r = marker * 0.7;
        painter->drawPolygon(QPolygonF(
            {c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)}));
    }
}

void KpiChartPainter::paintPointLabels(QPainter *painter, const Plot &plot) const
{
    const KpiChartData &data = *m_data;
    if (data.interims.empty())
        return;
    const QFont font = ChartStyle::font(m_medium, 0.85);
    const QFontMetricsF metrics(font);
    const qreal gap = ChartStyle::markerSize(m_medium);
    // What a label should not hide, most important first.
    LabelPlacer placer(plot.area);
    if (data.target) {
        const QPointF end = data.targetPoint.value_or(QPointF(data.xMax, *data.target));
        placer.avoid(plot.line({{data.xMin, *data.target}, end}), 4);
    }
    placer.avoid(plot.line(data.expected), 2);
    placer.avoid(plot.line(data.measurements), 1);
    for (const KpiChartData::Interim &it : data.interims) {
        const QPointF at = plot.at(it.point);
        if (!plot.area.adjusted(-1, -1, 1, 1).contains(at))
            continue;
        const QString text = ChartStyle::elided(it.label, 40);
        const QSizeF size(
            metrics.horizontalAdvance(text) + font.pixelSize() * 0.4, metrics.height());
        const QRectF box = placer.place(at, size, gap);
        paintLabel(painter, box, text, font, Palette::target());
    }
}

void KpiChartPainter::paintAxisLabels(QPainter *painter, const Plot &plot) const
{
    const QFont font = ChartStyle::font(m_medium, 0.9);
    const QFontMetricsF metrics(font);
    const qreal gap = metrics.height() * 0.4;
    painter->setFont(deviceFont(font, painter->device()));
    painter->setPen(Palette::ink());
    for (const double v : plot.valueTicks) {
        const QRectF box(plot.area.left() - gap - 1000, plot.y(v) - metrics.height() / 2, 1000,
            metrics.height());
        PdfActualText::drawText(painter, box, Qt::AlignRight | Qt::AlignVCenter, plot.valueText(v));
    }
    for (const TimeTick &tick : plot.timeTicks) {
        const qreal width = metrics.horizontalAdvance(tick.label);
        PdfActualText::drawText(painter,
            QRectF(
                plot.x(tick.x) - width / 2, plot.area.bottom() + gap / 2, width, metrics.height()),
            Qt::AlignCenter, tick.label);
    }
    const QFont titleFont = ChartStyle::font(m_medium, 0.95);
    const QFontMetricsF titleMetrics(titleFont);
    painter->save();
    painter->setFont(deviceFont(titleFont, painter->device()));
    painter->setPen(axisTitleColour());
    painter->translate(plot.area.left() - gap - plot.valueLabelWidth - gap - titleMetrics.height(),
        plot.area.center().y());
    painter->rotate(-90);
    const qreal length = plot.area.height();
    PdfActualText::drawText(painter, QRectF(-length / 2, 0, length, titleMetrics.height()),
        Qt::AlignCenter,
        titleMetrics.elidedText(kpiValueAxisTitle(*m_data), Qt::ElideRight, length));
    painter->restore();
}

void KpiChartPainter::paintNotice(QPainter *painter, const QRectF &plot, const QString &text) const
{
    const QFont font = ChartStyle::font(m_medium, 1.1);
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, plot.width());
    const QSizeF size(metrics.horizontalAdvance(shown) + font.pixelSize() * 0.4, metrics.height());
    // In the upper part of the plot, where a lone target line is least likely.
    const QRectF box(QPointF(plot.center().x() - size.width() / 2,
                         plot.top() + plot.height() * 0.3 - size.height() / 2),
        size);
    paintLabel(painter, box, shown, font, axisTitleColour());
}

} // namespace accord
