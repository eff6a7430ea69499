// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableslicer.h"

#include "reportstyle.h"
#include "textbox.h"
#include "textwidths.h"

#include <numeric>

namespace accord {

namespace {

constexpr int kMaxGridColumns = 7;

struct Cell {
    TextBox text;
    qreal x = 0;
};

// Where to cut content of `height` into pieces of at most `limit`, never through a
// line of any of the boxes: (from, to) pairs.
std::vector<std::pair<qreal, qreal>> cuts(const std::vector<Cell> &cells, qreal height, qreal limit)
{
    std::vector<std::pair<qreal, qreal>> result;
    qreal from = 0;
    while (from < height - 0.5) {
        qreal to = std::min(from + limit, height);
        for (const Cell &c : cells) {
            for (int i = 0; i < c.text.lineCount(); ++i) {
                const qreal top = c.text.lineTop(i);
                if (top > from && top < to && c.text.lineBottom(i) > to)
                    to = top;
            }
        }
        if (to <= from) // a single line taller than the limit: cut it anyway
            to = std::min(from + limit, height);
        result.emplace_back(from, to);
        from = to;
    }
    return result;
}

// The lines of each cell within [from, to), drawn with `from` at `top`.
void placeLines(std::vector<PageItem::Item> &items, const std::vector<Cell> &cells, qreal from,
    qreal to, QPointF origin, const QColor &color)
{
    for (const Cell &c : cells) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < c.text.lineCount(); ++i) {
            if (c.text.lineTop(i) >= from - 0.5 && c.text.lineBottom(i) <= to + 0.5) {
                if (first < 0)
                    first = i;
                ++count;
            }
        }
        if (count > 0)
            items.push_back(c.text.item(
                origin + QPointF(c.x, c.text.lineTop(first) - from), color, first, count));
    }
}

qreal tallest(const std::vector<Cell> &cells)
{
    qreal h = 0;
    for (const Cell &c : cells)
        h = std::max(h, c.text.height());
    return h;
}

} // namespace

TableSlicer::TableSlicer(
    const ReportStyle &style, const QPaintDevice *device, qreal left, qreal width, qreal pageHeight)
    : m_style(style)
    , m_device(device)
    , m_left(left)
    , m_width(width)
    , m_pageHeight(pageHeight)
{
}

QList<qreal> TableSlicer::columnWidths(const TextTable &table) const
{
    // padding, and a point to spare so that a word measured to fit does fit
    const qreal pad = 2 * m_style.px(5) + m_style.px(1);
    const qsizetype n = table.header.size();
    QList<qreal> natural(n, 0);
    QList<qreal> minimum(n, 0);
    TextWidths header(m_style.headerCell, m_device);
    TextWidths cell(m_style.cell, m_device);
    for (qsizetype c = 0; c < n; ++c) {
        natural[c] = header.natural(table.header[c]);
        minimum[c] = header.longestWord(table.header[c]);
        for (const QStringList &row : table.rows) {
            const QString &text = row.value(c);
            if (text.isEmpty())
                continue;
            natural[c] = std::max(natural[c], cell.natural(text));
            minimum[c] = std::max(minimum[c], cell.longestWord(text));
        }
        minimum[c] = std::min(minimum[c] + pad, m_width * 0.4);
        natural[c] = std::max(natural[c] + pad, minimum[c]);
    }
    if (table.rows.isEmpty()) // a form: room to write in every column
        natural.fill(m_width / qreal(n));
    const qreal sumNatural = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
    QList<qreal> widths(n, 0);
    if (sumNatural <= m_width) { // everything on one line: widen in proportion
        for (qsizetype c = 0; c < n; ++c)
            widths[c] = natural[c] * m_width / sumNatural;
        return widths;
    }
    // Short columns (dates, statuses, names) keep their natural width; the long
    // ones share what is left in proportion, each at least its longest word.
    QList<bool> fixed(n, false);
    qreal remaining = m_width;
    for (bool changed = true; changed;) {
        changed = false;
        const qsizetype open = std::count(fixed.cbegin(), fixed.cend(), false);
        for (qsizetype c = 0; c < n && open > 0; ++c) {
            if (!fixed[c] && natural[c] <= remaining / qreal(open)) {
                fixed[c] = true;
                widths[c] = natural[c];
                remaining -= natural[c];
                changed = true;
            }
        }
    }
    qreal openNatural = 0;
    qreal openMinimum = 0;
    for (qsizetype c = 0; c < n; ++c) {
        if (!fixed[c]) {
            openNatural += natural[c];
            openMinimum += minimum[c];
        }
    }
    for (qsizetype c = 0; c < n; ++c) {
        if (fixed[c])
            continue;
        if (openMinimum <= remaining)
            widths[c] = minimum[c]
                + (natural[c] - minimum[c]) * (remaining - openMinimum)
                    / std::max(1e-9, openNatural - openMinimum);
        else // not even the longest words fit: every column gives way
            widths[c] = minimum[c] * remaining / openMinimum;
    }
    const qreal total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    if (total > m_width) { // the fixed columns alone were too wide
        for (qreal &w : widths)
            w *= m_width / total;
    }
    return widths;
}

bool TableSlicer::needsCards(const TextTable &table) const
{
    if (table.header.size() > kMaxGridColumns && !table.rows.isEmpty())
        return true;
    return false;
}

Slices TableSlicer::slices(const TextTable &table, int blankRows) const
{
    if (table.header.isEmpty())
        return {};
    return needsCards(table) ? cards(table) : grid(table, blankRows);
}

std::shared_ptr<Slice> TableSlicer::headerSlice(
    const QStringList &header, const QList<qreal> &widths) const
{
    const qreal padX = m_style.px(5);
    const qreal padY = m_style.px(3.6);
    std::vector<Cell> cells;
    qreal x = 0;
    for (qsizetype c = 0; c < header.size(); ++c) {
        cells.push_back(
            {TextBox(header[c], m_style.headerCell, widths[c] - 2 * padX, m_device), x + padX});
        x += widths[c];
    }
    auto slice = std::make_shared<Slice>();
    slice->height = tallest(cells) + 2 * padY;
    slice->keepWithNext = true;
    slice->place = [cells, this, padY, h = slice->height](auto &items, qreal top) {
        items.push_back(PageItem::Box {QRectF(m_left, top, m_width, h), m_style.accent, {}, 0});
        placeLines(items, cells, 0, 1e9, QPointF(m_left, top + padY), m_style.onAccent);
    };
    return slice;
}

void TableSlicer::addRow(Slices &out, const QStringList &cells, const QList<qreal> &widths, int row,
    const std::shared_ptr<const Slice> &header) const
{
    const qreal padX = m_style.px(5);
    const qreal padY = m_style.px(3.6);
    std::vector<Cell> boxes;
    qreal x = 0;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        boxes.push_back(
            {TextBox(cells.value(c), m_style.cell, widths[c] - 2 * padX, m_device), x + padX});
        x += widths[c];
    }
    const bool blank = cells.isEmpty();
    const qreal content = blank ? m_style.px(20) - 2 * padY : tallest(boxes);
    const qreal limit = m_pageHeight - (header ? header->height : 0) - 2 * padY - m_style.px(2);
    const QColor fill = row % 2 == 1 ? m_style.zebra : QColor();
    for (const auto &[from, to] : cuts(boxes, content, limit)) {
        Slice slice;
        slice.height = to - from + 2 * padY;
        slice.header = header;
        slice.place = [this, boxes, from = from, to = to, fill, padY, h = slice.height](
                          auto &items, qreal top) {
            if (fill.isValid())
                items.push_back(PageItem::Box {QRectF(m_left, top, m_width, h), fill, {}, 0});
            placeLines(items, boxes, from, to, QPointF(m_left, top + padY), m_style.ink);
            // inside the row, or the next row's stripe would cover it
            const qreal y = top + h - m_style.px(0.25);
            items.push_back(PageItem::Rule {
                QLineF(m_left, y, m_left + m_width, y), m_style.rule, m_style.px(0.5)});
        };
        out.push_back(std::move(slice));
    }
}

Slices TableSlicer::grid(const TextTable &table, int blankRows) const
{
    const QList<qreal> widths = columnWidths(table);
    std::shared_ptr<const Slice> header = headerSlice(table.header, widths);
    Slices out {*header};
    out.front().header = nullptr;
    int row = 0;
    for (const QStringList &cells : table.rows)
        addRow(out, cells, widths, row++, header);
    for (int i = 0; i < blankRows; ++i) {
        addRow(out, {}, widths, row++, header);
        out.back().keepWithNext = i + 1 < blankRows; // a form's rows stay together
    }
    return out;
}

Slices TableSlicer::cards(const TextTable &table) const
{
    // One card per row: the column that names the row as its title, the other
    // columns with a value as label / value lines.
    const qreal padX = m_style.px(7);
    const qreal padY = m_style.px(2.5);
    qreal labelWidth = 0;
    for (qsizetype c = 0; c < table.header.size(); ++c)
        labelWidth
            = std::max(labelWidth, TextBox::naturalWidth(table.header[c], m_style.label, m_device));
    labelWidth = std::min(labelWidth + m_style.px(10), m_width * 0.32);
    const qreal valueWidth = m_width - labelWidth - 2 * padX;
    Slices out;
    int row = 0;
    for (const QStringList &cells : table.rows) {
        const QColor fill = row++ % 2 == 0 ? m_style.tint : m_style.zebra;
        const auto background = [this, fill](auto &items, qreal top, qreal h) {
            items.push_back(PageItem::Box {QRectF(m_left, top, m_width, h), fill, {}, 0});
            items.push_back(
                PageItem::Box {QRectF(m_left, top, m_style.px(2), h), m_style.accent, {}, 0});
        };
        const qsizetype key = qBound(0, table.keyColumn, int(table.header.size()) - 1);
        QList<qsizetype> fields;
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            if (c != key && !cells.value(c).trimmed().isEmpty())
                fields << c;
        }
        const QString title
            = cells.value(key).isEmpty() ? table.header.value(key) : cells.value(key);
        const std::vector<Cell> head {
            {TextBox(title, m_style.cellBold, m_width - 2 * padX, m_device), padX}};
        Slice first;
        first.height = tallest(head) + (fields.isEmpty() ? 4 : 3) * padY;
        first.spaceBefore = m_style.px(4);
        first.keepWithNext = !fields.isEmpty();
        first.place = [background, head, padY, h = first.height, this](auto &items, qreal top) {
            background(items, top, h);
            placeLines(items, head, 0, 1e9, QPointF(m_left, top + 2 * padY), m_style.ink);
        };
        out.push_back(std::move(first));
        for (qsizetype c : fields) {
            const std::vector<Cell> label {
                {TextBox(table.header[c], m_style.label, labelWidth - m_style.px(6), m_device),
                    padX}};
            const std::vector<Cell> value {
                {TextBox(cells.value(c), m_style.cell, valueWidth, m_device), padX + labelWidth}};
            const std::vector<Cell> both {label.front(), value.front()};
            const auto pieces = cuts(both, tallest(both), m_pageHeight - 4 * padY);
            for (std::size_t p = 0; p < pieces.size(); ++p) {
                const auto [from, to] = pieces[p];
                const bool last = c == fields.constLast() && p + 1 == pieces.size();
                Slice slice;
                slice.height = to - from + (last ? 4 : 2) * padY;
                slice.place = [this, background, label, value, from = from, to = to, padY,
                                  h = slice.height](auto &items, qreal top) {
                    background(items, top, h);
                    const QPointF origin(m_left, top + padY);
                    placeLines(items, label, from, to, origin, m_style.muted);
                    placeLines(items, value, from, to, origin, m_style.ink);
                };
                out.push_back(std::move(slice));
            }
        }
    }
    return out;
}

} // namespace accord
