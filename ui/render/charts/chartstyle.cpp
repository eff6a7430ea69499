// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"
#include "pdfactualtext.h"

#include "devicefont.h"
#include "palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>

namespace accord::ChartStyle {

namespace {

const char *const kTitleProperty = "accordTitle";
const char *const kSubtitleProperty = "accordSubtitle";

qreal byMedium(Medium medium, qreal screen, qreal print, qreal slide)
{
    switch (medium) {
    case Medium::Screen:
        return screen;
    case Medium::Print:
        return print;
    case Medium::Slide:
        return slide;
    }
    return screen;
}

} // namespace

QFont font(Medium medium, qreal scale, bool bold)
{
    // Made once each: a font shared by every chart finds its font engine once.
    thread_local QHash<quint64, QFont> fonts;
    const quint64 key = quint64(medium) << 40 | quint64(bold) << 32 | quint32(qRound(scale * 1000));
    auto known = fonts.find(key);
    if (known == fonts.end()) {
        QFont f = Palette::font(medium, scale, bold);
        // Scene units are points: a pixel-sized font keeps its size under any
        // device resolution (see the header).
        f.setPixelSize(qMax(1, qRound(f.pointSizeF())));
        known = fonts.insert(key, f);
    }
    return *known;
}

qreal lineWidth(Medium medium)
{
    return byMedium(medium, 2.0, 1.4, 4.0);
}

qreal margin(Medium medium)
{
    return byMedium(medium, 6, 4, 12);
}

qreal markerSize(Medium medium)
{
    return byMedium(medium, 7.0, 5.0, 14.0);
}

QPen pen(const QColor &colour, Medium medium, Qt::PenStyle style, qreal widthScale)
{
    QPen p(colour, lineWidth(medium) * widthScale, style, Qt::RoundCap, Qt::RoundJoin);
    if (style == Qt::CustomDashLine)
        p.setDashPattern({4, 3});
    return p;
}

QPen gridPen(Medium medium)
{
    return QPen(Palette::overPaper(Palette::muted(), 60), byMedium(medium, 1.0, 0.5, 1.5));
}

QPen axisPen(Medium medium)
{
    return QPen(Palette::overPaper(Palette::muted(), 160), byMedium(medium, 1.0, 0.7, 2.0));
}

qreal paintTitle(QPainter *painter, const QRectF &box, const QString &title,
    const QString &subtitle, const QColor &subtitleColour, Medium medium)
{
    const QFont titleFont = font(medium, 1.3, true);
    const QFontMetricsF titleMetrics(titleFont);
    painter->setFont(deviceFont(titleFont, painter->device()));
    painter->setPen(Palette::ink());
    PdfActualText::drawText(painter,
        QRectF(box.left(), box.top(), box.width(), titleMetrics.height()), Qt::AlignCenter,
        titleMetrics.elidedText(title.simplified(), Qt::ElideRight, box.width()));
    qreal used = titleMetrics.height();
    if (!subtitle.isEmpty()) {
        const QFont subtitleFont = font(medium);
        const QFontMetricsF metrics(subtitleFont);
        painter->setFont(deviceFont(subtitleFont, painter->device()));
        painter->setPen(subtitleColour.isValid() ? subtitleColour : Palette::muted());
        PdfActualText::drawText(painter,
            QRectF(box.left(), box.top() + used, box.width(), metrics.height()), Qt::AlignCenter,
            metrics.elidedText(subtitle, Qt::ElideRight, box.width()));
        used += metrics.height();
    }
    return used + margin(medium) * 2;
}

QSizeF naturalSize(Medium medium)
{
    switch (medium) {
    case Medium::Screen:
        return {480, 300};
    case Medium::Print:
        return {460, 250};
    case Medium::Slide:
        return {960, 540};
    }
    return {480, 300};
}

void apply(QChart *chart, Medium medium)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Palette::paper());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    const int space = int(margin(medium));
    chart->setMargins(QMargins(space, space, space, space));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleFont(font(medium, 1.3, true));
    chart->setTitleBrush(Palette::ink());

    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(font(medium, 0.95));
    legend->setLabelColor(Palette::ink());
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
}

void styleAxis(QAbstractAxis *axis, Medium medium)
{
    axis->setLabelsFont(font(medium, 0.9));
    axis->setLabelsColor(Palette::ink());
    axis->setTitleFont(font(medium, 0.95));
    axis->setTitleBrush(Palette::muted().darker(130));
    QColor grid = Palette::muted();
    grid.setAlpha(60);
    axis->setGridLinePen(QPen(grid, byMedium(medium, 1.0, 0.5, 1.5)));
    axis->setMinorGridLineVisible(false);
    QColor line = Palette::muted();
    line.setAlpha(160);
    axis->setLinePen(QPen(line, byMedium(medium, 1.0, 0.7, 2.0)));
    axis->setShadesVisible(false);
}

void spaceLegend(QChart *chart, Medium medium)
{
    const QString space(medium == Medium::Slide ? 3 : 2, QChar(0x00a0));
    for (QLegendMarker *marker : chart->legend()->markers())
        marker->setLabel(escaped(marker->series()->name()) + space);
}

void setTitle(QChart *chart, const QString &title, const QString &subtitle,
    const QColor &subtitleColour, Medium medium)
{
    chart->setProperty(kTitleProperty, title);
    chart->setProperty(kSubtitleProperty, subtitle);
    QString html = QStringLiteral("<p align=\"center\">%1").arg(escaped(title));
    if (!subtitle.isEmpty()) {
        const QColor colour = subtitleColour.isValid() ? subtitleColour : Palette::muted();
        html += QStringLiteral("<br><span style=\"font-size:%1px; font-weight:normal; "
                               "color:%2\">%3</span>")
                    .arg(font(medium, 1.0).pixelSize())
                    .arg(colour.name(), escaped(subtitle));
    }
    chart->setTitle(html + QStringLiteral("</p>"));
}

QString title(const QChart *chart)
{
    return chart->property(kTitleProperty).toString();
}

QString subtitle(const QChart *chart)
{
    return chart->property(kSubtitleProperty).toString();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length || length < 2)
        return simple;
    return simple.left(length - 1).trimmed() + QChar(0x2026);
}

} // namespace accord::ChartStyle
