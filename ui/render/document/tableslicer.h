// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slice.h"

#include "text/texttable.h"

class QPaintDevice;

namespace accord {

struct ReportStyle;

// A table as slices: the header row on the accent colour, repeated at the top of
// each page the table continues on, then one slice per row in zebra stripes (a row
// taller than a page is cut between lines, never through one). Columns get their
// natural width when the table fits, else at least their longest word and the rest
// in proportion. A table with too many columns for the page is printed as a
// stack of cards, one per row, with the column names as labels.
class TableSlicer {
public:
    TableSlicer(const ReportStyle &style, const QPaintDevice *device, qreal left, qreal width,
        qreal pageHeight);

    Slices slices(const TextTable &table, int blankRows) const;

private:
    QList<qreal> columnWidths(const TextTable &table) const;
    bool needsCards(const TextTable &table) const;
    Slices grid(const TextTable &table, int blankRows) const;
    Slices cards(const TextTable &table) const;
    std::shared_ptr<Slice> headerSlice(const QStringList &header, const QList<qreal> &widths) const;
    void addRow(Slices &out, const QStringList &cells, const QList<qreal> &widths, int row,
        const std::shared_ptr<const Slice> &header) const;

    const ReportStyle &m_style;
    const QPaintDevice *m_device;
    qreal m_left;
    qreal m_width;
    qreal m_pageHeight;
};

} // namespace accord
