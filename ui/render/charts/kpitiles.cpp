// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitiles.h"
#include "pdfactualtext.h"

#include "chartstyle.h"
#include "model/plan.h"
#include "palette.h"
#include "rules/healthscore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::KpiTiles", text);
}

QString dash()
{
    return QStringLiteral("\u2014");
}

KpiTile percentTile(const QString &label, std::optional<double> value)
{
    KpiTile tile {label, value, dash(), Palette::ink()};
    if (value) {
        const double rounded = std::round(*value * 10) / 10;
        tile.text = tr("%1 %").arg(QLocale().toString(rounded, 'g', 4));
    }
    return tile;
}

QSizeF tilesSize(Medium medium)
{
    switch (medium) {
    case Medium::Screen:
        return {480, 84};
    case Medium::Print:
        return {460, 64};
    case Medium::Slide:
        return {960, 170};
    }
    return {480, 84};
}

void paintTile(QPainter *painter, const QRectF &rect, const KpiTile &tile, Medium medium, qreal k)
{
    const qreal line = 1 * k;
    const QRectF box = rect.adjusted(line / 2, line / 2, -line / 2, -line / 2);
    const qreal radius = 6 * k;
    QPainterPath outline;
    outline.addRoundedRect(box, radius, radius);
    painter->fillPath(outline, Palette::surface());
    if (tile.value && tile.colour != Palette::ink()) { // a tint of the health level
        QColor tint = tile.colour;
        tint.setAlpha(24);
        painter->fillPath(outline, tint);
    }
    // A stripe of the tile's colour on its left edge.
    painter->save();
    painter->setClipPath(outline);
    const QColor stripe = tile.colour == Palette::ink() ? Palette::accent() : tile.colour;
    painter->fillRect(QRectF(box.topLeft(), QSizeF(5 * k, box.height())), stripe);
    painter->restore();
    painter->setPen(QPen(Palette::muted().lighter(140), line));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);

    // The value over its label, the pair centred vertically.
    const QRectF inner = box.adjusted(14 * k, 4 * k, -8 * k, -4 * k);
    QFont label = ChartStyle::font(medium, 1.0);
    label.setPixelSize(std::max(1, qRound(label.pixelSize() * k)));
    QFont value = ChartStyle::font(medium, 2.4, true);
    value.setPixelSize(std::max(1, qRound(value.pixelSize() * k)));
    const qreal labelHeight = QFontMetricsF(label).height();
    const qreal valueHeight = QFontMetricsF(value).height();
    const qreal top = inner.center().y() - (labelHeight + valueHeight) / 2;
    painter->setFont(value);
    painter->setPen(tile.value ? tile.colour : Palette::muted());
    PdfActualText::drawText(painter, QRectF(inner.left(), top, inner.width(), valueHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(value).elidedText(tile.text, Qt::ElideRight, inner.width()));
    painter->setFont(label);
    painter->setPen(Palette::muted().darker(130));
    PdfActualText::drawText(painter,
        QRectF(inner.left(), top + valueHeight, inner.width(), labelHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(label).elidedText(tile.label, Qt::ElideRight, inner.width()));
}

} // namespace

std::vector<KpiTile> kpiTiles(const Plan &plan)
{
    std::vector<KpiTile> tiles;
    const HealthScore health = healthScore(plan);
    KpiTile healthTile {tr("Health score"), health.score, dash(), Palette::muted()};
    if (health.score) {
        healthTile.text = QString::number(qRound(*health.score));
        healthTile.colour = health.level ? Palette::healthLevel(*health.level) : Palette::ink();
    }
    tiles.push_back(healthTile);
    tiles.push_back(percentTile(tr("Upgrade"), plan.header.upgradePercent));
    tiles.push_back(percentTile(tr("Expansion"), plan.header.expansionPercent));
    KpiTile nps {tr("NPS"), std::nullopt, dash(), Palette::ink()};
    if (plan.header.nps) {
        nps.value = *plan.header.nps;
        nps.text = QLocale().toString(*plan.header.nps);
    }
    tiles.push_back(nps);
    return tiles;
}

Figure kpiTilesFigure(const Plan &plan, Medium medium)
{
    Figure figure;
    figure.title = tr("Key performance indicators");
    figure.naturalSize = tilesSize(medium);
    figure.paint = [tiles = kpiTiles(plan), medium, natural = figure.naturalSize](
                       QPainter *painter, const QRectF &target) {
        if (!painter || target.isEmpty())
            return;
        // Text and spacing follow the target's size, so that the tiles read the same
        // in a dashboard cell, on a page and on a slide.
        const qreal k
            = std::min(target.width() / natural.width(), target.height() / natural.height());
        const qreal gap = 10 * k;
        const qreal width = (target.width() - gap * qreal(tiles.size() - 1)) / qreal(tiles.size());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        for (std::size_t i = 0; i < tiles.size(); ++i) {
            const QRectF rect(
                target.left() + qreal(i) * (width + gap), target.top(), width, target.height());
            paintTile(painter, rect, tiles[i], medium, k);
        }
        painter->restore();
    };
    return figure;
}

} // namespace accord
