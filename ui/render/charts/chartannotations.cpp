// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartannotations.h"

#include "chartstyle.h"
#include "palette.h"

#include <QBrush>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <memory>

namespace accord::ChartAnnotations {

namespace {

// Tells the annotations apart from the chart's own child items.
enum Role { PointLabel = 1, Notice = 2 };
constexpr int kRoleKey = 0x4163; // QGraphicsItem::data key

// A text on a box that is white (`backdrop`) or invisible: lines and markers under
// a label must not make it unreadable. Plain text, so it stays text in an SVG.
class TextBox {
public:
    TextBox(QChart *chart, const QString &text, const QFont &font, Role role, bool backdrop)
        : m_box(new QGraphicsRectItem(chart))
        , m_text(new QGraphicsSimpleTextItem(text, m_box))
    {
        m_box->setData(kRoleKey, role);
        m_box->setZValue(100); // above the series
        m_box->setPen(Qt::NoPen);
        QColor veil = Palette::paper();
        veil.setAlpha(215);
        m_box->setBrush(backdrop ? veil : QColor(Qt::transparent));
        m_text->setFont(font);
        const qreal pad = font.pixelSize() * 0.2;
        m_box->setRect(m_text->boundingRect().adjusted(-pad, 0, pad, 0));
    }

    QSizeF size() const { return m_box->rect().size(); }
    void setTopLeft(QPointF at) { m_box->setPos(at - m_box->rect().topLeft()); }
    void setColour(const QColor &colour) { m_text->setBrush(colour); }
    void setVisible(bool visible) { m_box->setVisible(visible); }

private:
    QGraphicsRectItem *m_box;
    QGraphicsSimpleTextItem *m_text;
};

QStringList texts(const QChart *chart, Role role)
{
    QStringList result;
    for (const QGraphicsItem *child : chart->childItems()) {
        if (child->data(kRoleKey).toInt() != role || child->childItems().isEmpty())
            continue;
        result += static_cast<const QGraphicsSimpleTextItem *>(child->childItems().constFirst())
                      ->text();
    }
    return result;
}

} // namespace

void addPointLabel(QChart *chart, QAbstractSeries *series, QPointF value, const QString &text,
    Medium medium, Placement placement)
{
    const bool right = placement == Placement::Right;
    auto box = std::make_shared<TextBox>(
        chart, text, ChartStyle::font(medium, 0.85), PointLabel, !right);
    box->setColour(right ? Palette::ink() : Palette::target());
    const qreal gap = ChartStyle::markerSize(medium);
    const auto place = [chart, series, value, box, gap, right] {
        const QPointF at = chart->mapToPosition(value, series);
        const QSizeF size = box->size();
        const QRectF plot = chart->plotArea();
        if (right) {
            // After the bar's end, or inside it when there is no room left.
            const bool inside = at.x() + gap / 2 + size.width() > plot.right();
            box->setTopLeft({inside ? at.x() - gap / 2 - size.width() : at.x() + gap / 2,
                at.y() - size.height() / 2});
            box->setColour(inside ? Palette::onColour() : Palette::ink());
        } else { // centred above, kept inside the plot area
            const qreal x = std::max(
                plot.left(), std::min(at.x() - size.width() / 2, plot.right() - size.width()));
            box->setTopLeft({x, std::max(plot.top(), at.y() - gap - size.height())});
        }
        box->setVisible(plot.adjusted(-1, -1, 1, 1).contains(at));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

QStringList pointLabels(const QChart *chart)
{
    return texts(chart, PointLabel);
}

void setNotice(QChart *chart, const QString &text, Medium medium)
{
    auto box = std::make_shared<TextBox>(chart, text, ChartStyle::font(medium, 1.1), Notice, true);
    box->setColour(Palette::muted().darker(130));
    const auto place = [chart, box] {
        // In the upper part of the plot, where a lone target line is least likely.
        const QRectF plot = chart->plotArea();
        const QSizeF size = box->size();
        box->setTopLeft({plot.center().x() - size.width() / 2,
            plot.top() + plot.height() * 0.3 - size.height() / 2});
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

QString notice(const QChart *chart)
{
    return texts(chart, Notice).value(0);
}

} // namespace accord::ChartAnnotations
