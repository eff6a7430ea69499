// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockslicer.h"

#include "reportstyle.h"
#include "tableslicer.h"
#include "textbox.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

namespace accord {

using namespace ReportBlock;

BlockSlicer::BlockSlicer(const ReportStyle &style, const QPaintDevice *device,
    const PageFrame &frame, FigureSource figures)
    : m_style(style)
    , m_device(device)
    , m_frame(frame)
    , m_figures(std::move(figures))
    , m_tables(style, device, frame.body.left(), frame.body.width(), frame.body.height())
{
}

void BlockSlicer::add(const Block &block, Slices &out)
{
    std::visit([&](const auto &b) { add(b, out); }, block);
}

qreal BlockSlicer::gap(qreal points)
{
    const qreal result = m_afterHeading ? 0 : m_style.px(points);
    m_afterHeading = false;
    return result;
}

void BlockSlicer::addLines(
    const TextBox &text, qreal x, const QColor &color, Slices &out, const Decoration &decorate)
{
    const qreal left = m_frame.body.left() + x;
    const int n = text.lineCount();
    for (int i = 0; i < n; ++i) {
        Slice slice;
        slice.height = text.lineBottom(i) - text.lineTop(i);
        // no orphan (first line alone at the foot) and no widow (last line alone on top)
        slice.keepWithNext = (i == 0 && n > 1) || (i == n - 2 && n > 2);
        slice.place = [text, i, left, color, decorate, h = slice.height](auto &items, qreal top) {
            items.push_back(text.item(QPointF(left, top), color, i, 1));
            if (decorate)
                decorate(items, top, h, i);
        };
        out.push_back(std::move(slice));
    }
}

// Our company's logo at the right, at most 36 × 144 points; nothing when the bytes
// are not an image.
void BlockSlicer::addLogo(const QByteArray &png, Slices &out)
{
    const QImage image = png.isEmpty() ? QImage() : QImage::fromData(png);
    if (image.isNull())
        return;
    QSizeF size
        = QSizeF(image.size()).scaled(QSizeF(m_style.px(144), m_style.px(36)), Qt::KeepAspectRatio);
    const qreal right = m_frame.body.right();
    Slice slice;
    slice.height = size.height() + m_style.px(10);
    slice.keepWithNext = true;
    slice.place = [=](auto &items, qreal top) {
        accord::Figure figure;
        figure.title = QStringLiteral("logo");
        figure.naturalSize = size;
        figure.paint = [image](QPainter *painter, const QRectF &target) {
            painter->save();
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(target, image);
            painter->restore();
        };
        items.push_back(
            PageItem::Picture {figure, QRectF(QPointF(right - size.width(), top), size)});
    };
    out.push_back(std::move(slice));
}

// Kicker, title and subtitle line by line, so that a title of any length breaks
// across pages instead of running off the first one; then the accent rule.
void BlockSlicer::add(const Title &b, Slices &out)
{
    const qreal width = m_frame.body.width();
    const qreal left = m_frame.body.left();
    const auto lines = [&](const TextBox &text, const QColor &color, qreal spaceBefore) {
        const std::size_t first = out.size();
        addLines(text, 0, color, out);
        if (out.size() > first) {
            out[first].spaceBefore = spaceBefore;
            out.back().keepWithNext = true;
        }
    };
    addLogo(b.logo, out);
    lines(TextBox(b.kicker, m_style.kicker, width, m_device), m_style.accent, 0);
    lines(TextBox(b.title, m_style.title, width, m_device, Qt::AlignLeft, 1.18), m_style.ink,
        m_style.px(4));
    if (!b.subtitle.isEmpty())
        lines(TextBox(b.subtitle, m_style.subtitle, width, m_device), m_style.muted, m_style.px(2));
    Slice rule;
    rule.spaceBefore = m_style.px(10);
    rule.height = m_style.px(19);
    rule.place = [=, this](auto &items, qreal top) {
        items.push_back(PageItem::Box {
            QRectF(left, top, m_style.px(64), m_style.px(3)), m_style.accent, {}, 0});
    };
    out.push_back(std::move(rule));
    m_afterHeading = true;
}

void BlockSlicer::add(const Heading &b, Slices &out)
{
    const qreal width = m_frame.body.width();
    const qreal left = m_frame.body.left();
    Slice slice;
    slice.keepWithNext = true;
    if (b.level <= 1) {
        const qreal numberWidth = b.number.isEmpty() ? 0 : m_style.px(32);
        const TextBox number(b.number, m_style.h1, numberWidth, m_device);
        const TextBox text(b.text, m_style.h1, width - numberWidth, m_device, Qt::AlignLeft, 1.2);
        const qreal rule = text.height() + m_style.px(3);
        slice.spaceBefore = m_style.px(22);
        slice.height = rule + m_style.px(10);
        slice.place = [=, this](auto &items, qreal top) {
            if (!number.isEmpty())
                items.push_back(number.item(QPointF(left, top), m_style.accent));
            items.push_back(text.item(QPointF(left + numberWidth, top), m_style.accentDark));
            items.push_back(PageItem::Rule {QLineF(left, top + rule, left + width, top + rule),
                m_style.accent, m_style.px(0.9)});
        };
    } else {
        const bool two = b.level == 2;
        const TextBox text(
            b.text, two ? m_style.h2 : m_style.h3, width, m_device, Qt::AlignLeft, 1.25);
        slice.spaceBefore = m_afterHeading ? m_style.px(2) : m_style.px(two ? 14 : 10);
        slice.height = text.height() + m_style.px(two ? 5 : 3);
        const QColor color = two ? m_style.ink : m_style.accentDark;
        slice.place = [=](auto &items, qreal top) {
            items.push_back(text.item(QPointF(left, top), color));
        };
    }
    out.push_back(std::move(slice));
    m_afterHeading = true;
}

void BlockSlicer::add(const Paragraph &b, Slices &out)
{
    const qreal width = m_frame.body.width();
    const std::size_t first = out.size();
    const qreal space = gap(6);
    switch (b.style) {
    case Paragraph::Style::Body:
        addLines(TextBox(b.text, m_style.body, width, m_device), 0, m_style.ink, out);
        break;
    case Paragraph::Style::Note:
        addLines(TextBox(b.text, m_style.italic, width, m_device), 0, m_style.muted, out);
        break;
    case Paragraph::Style::Quote: {
        const qreal indent = m_style.px(14);
        const QString quoted = tr("\u201c%1\u201d").arg(b.text);
        const qreal bar = m_frame.body.left() + m_style.px(2);
        addLines(TextBox(quoted, m_style.italic, width - indent, m_device), indent, m_style.ink,
            out, [bar, this](auto &items, qreal top, qreal h, int) {
                items.push_back(
                    PageItem::Box {QRectF(bar, top, m_style.px(2.5), h), m_style.accent, {}, 0});
            });
        break;
    }
    }
    if (out.size() > first)
        out[first].spaceBefore = space;
}

void BlockSlicer::add(const KeyValues &b, Slices &out)
{
    if (b.items.isEmpty())
        return;
    const qreal width = m_frame.body.width();
    const qreal left = m_frame.body.left();
    const qreal padX = m_style.px(9);
    const qreal padY = m_style.px(2.4);
    const qreal edge = m_style.px(6); // above the first and below the last row
    qreal labelWidth = 0;
    for (const auto &item : b.items)
        labelWidth
            = std::max(labelWidth, TextBox::naturalWidth(item.first, m_style.label, m_device));
    labelWidth = std::min(labelWidth + m_style.px(14), width * 0.38);
    const qreal valueWidth = width - labelWidth - 2 * padX;
    // Label and value share a baseline although their sizes differ.
    const qreal shift = QFontMetricsF(m_style.body, m_device).ascent()
        - QFontMetricsF(m_style.label, m_device).ascent();
    const qreal space = gap(8);
    for (qsizetype i = 0; i < b.items.size(); ++i) {
        const bool firstRow = i == 0;
        const bool lastRow = i == b.items.size() - 1;
        const TextBox label(b.items[i].first, m_style.label, labelWidth - m_style.px(6), m_device);
        const TextBox value(b.items[i].second, m_style.body, valueWidth, m_device);
        const bool line = b.blank && b.items[i].second.isEmpty();
        if (!line && value.height() > m_frame.body.height() / 2) {
            addLongValue(label, value, labelWidth, out);
            continue;
        }
        const qreal top0 = (firstRow ? edge : 0) + padY;
        const qreal content = line ? m_style.px(17) : std::max(label.height(), value.height());
        Slice slice;
        slice.spaceBefore = firstRow ? space : 0;
        slice.height = top0 + content + padY + (lastRow ? edge : 0);
        slice.keepWithNext = firstRow && !lastRow;
        slice.place = [=, this, h = slice.height](auto &items, qreal top) {
            items.push_back(PageItem::Box {QRectF(left, top, width, h), m_style.tint, {}, 0});
            // on a line to write on, the label sits on the line
            const qreal labelTop
                = line ? top0 + content - label.height() + m_style.px(2) : top0 + shift;
            items.push_back(label.item(QPointF(left + padX, top + labelTop), m_style.muted));
            if (line) {
                const qreal y = top + top0 + content;
                items.push_back(
                    PageItem::Rule {QLineF(left + padX + labelWidth, y, left + width - padX, y),
                        m_style.ink, m_style.px(0.6)});
            } else {
                items.push_back(
                    value.item(QPointF(left + padX + labelWidth, top + top0), m_style.ink));
            }
        };
        out.push_back(std::move(slice));
    }
}

void BlockSlicer::addLongValue(
    const TextBox &label, const TextBox &value, qreal labelWidth, Slices &out)
{
    // A value longer than half a page flows line by line, the label by its first line.
    const qreal left = m_frame.body.left();
    const qreal width = m_frame.body.width();
    const qreal padX = m_style.px(9);
    const qreal valueLeft = padX + labelWidth;
    const std::size_t first = out.size();
    addLines(
        value, valueLeft, m_style.ink, out, [=, this](auto &items, qreal top, qreal h, int line) {
            items.insert(
                items.end() - 1, PageItem::Box {QRectF(left, top, width, h), m_style.tint, {}, 0});
            if (line == 0)
                items.push_back(label.item(QPointF(left + padX, top), m_style.muted));
        });
    for (std::size_t i = first; i < out.size(); ++i)
        out[i].keepWithNext = false; // any line may end a page
}

void BlockSlicer::add(const Table &b, Slices &out)
{
    Slices rows = m_tables.slices(b.table, b.blankRows);
    if (rows.empty())
        return;
    rows.front().spaceBefore = gap(7);
    std::move(rows.begin(), rows.end(), std::back_inserter(out));
}

void BlockSlicer::add(const Bullets &b, Slices &out)
{
    const qreal width = m_frame.body.width();
    const qreal indent = m_style.px(16);
    const qreal left = m_frame.body.left();
    const qreal space = gap(5);
    const std::size_t first = out.size();
    for (qsizetype i = 0; i < b.items.size(); ++i) {
        const bool checkbox = b.checkboxes;
        const bool checked = b.checked.value(i);
        const TextBox text(b.items[i], m_style.body, width - indent, m_device);
        const std::size_t before = out.size();
        addLines(
            text, indent, m_style.ink, out, [=, this](auto &items, qreal top, qreal h, int line) {
                if (line != 0)
                    return;
                const qreal size = m_style.px(checkbox ? 7.5 : 3.6);
                const QRectF mark(
                    left + m_style.px(3), top + (h - size) / 2 - m_style.px(0.3), size, size);
                if (!checkbox) {
                    items.push_back(PageItem::Box {mark, m_style.accent, {}, 0});
                    return;
                }
                items.push_back(PageItem::Box {mark, checked ? m_style.accent : QColor(Qt::white),
                    checked ? m_style.accent : m_style.muted, m_style.px(0.7)});
                if (checked)
                    items.push_back(
                        PageItem::Rule {QLineF(mark.left() + size * 0.2, mark.center().y(),
                                            mark.left() + size * 0.42, mark.bottom() - size * 0.22),
                            m_style.onAccent, m_style.px(1.1)});
                if (checked)
                    items.push_back(PageItem::Rule {
                        QLineF(mark.left() + size * 0.42, mark.bottom() - size * 0.22,
                            mark.right() - size * 0.18, mark.top() + size * 0.22),
                        m_style.onAccent, m_style.px(1.1)});
            });
        if (out.size() > before)
            out[before].spaceBefore = m_style.px(2);
    }
    for (int i = 0; i < b.blankItems; ++i) {
        Slice slice;
        slice.height = m_style.px(20);
        slice.place = [=, this, h = slice.height](auto &items, qreal top) {
            const qreal y = top + h - m_style.px(2);
            items.push_back(PageItem::Rule {
                QLineF(left + indent, y, left + width, y), m_style.ink, m_style.px(0.6)});
            if (b.checkboxes) {
                const qreal size = m_style.px(7.5);
                items.push_back(PageItem::Box {
                    QRectF(left + m_style.px(3), y - size - m_style.px(1), size, size),
                    QColor(Qt::white), m_style.muted, m_style.px(0.7)});
            }
        };
        out.push_back(std::move(slice));
    }
    if (out.size() > first)
        out[first].spaceBefore = space;
}

void BlockSlicer::add(const PageBreak &, Slices &out)
{
    Slice slice;
    slice.breakBefore = true;
    slice.place = [](auto &, qreal) {};
    out.push_back(std::move(slice));
    m_afterHeading = true;
}

} // namespace accord
