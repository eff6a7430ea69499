// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfigures.h"
#include "pageframe.h"
#include "slice.h"
#include "tableslicer.h"

#include "report/report.h"

#include <QCoreApplication>

class QPaintDevice;

namespace accord {

struct ReportStyle;
class TextBox;

// Turns the blocks of a Report into slices for one page frame and device: headings
// that keep with what follows, paragraphs line by line (never one line alone at
// the foot or the top of a page), fact boxes, tables (TableSlicer), bullets and
// checklists, figures scaled to the text width with a numbered caption, notices,
// and signature blocks two by two. The slices draw with the slicer's style and
// device: place them while it exists.
class BlockSlicer {
    Q_DECLARE_TR_FUNCTIONS(BlockSlicer)

public:
    BlockSlicer(const ReportStyle &style, const QPaintDevice *device, const PageFrame &frame,
        FigureSource figures);

    void add(const ReportBlock::Block &block, Slices &out);
    // Consecutive signature blocks, side by side in pairs.
    void addSignatures(const std::vector<ReportBlock::Signature> &people, Slices &out);

private:
    void add(const ReportBlock::Title &b, Slices &out);
    void addLogo(const QByteArray &png, Slices &out);
    void add(const ReportBlock::Heading &b, Slices &out);
    void add(const ReportBlock::Paragraph &b, Slices &out);
    void add(const ReportBlock::KeyValues &b, Slices &out);
    void add(const ReportBlock::Table &b, Slices &out);
    void add(const ReportBlock::Bullets &b, Slices &out);
    void add(const ReportBlock::Figure &b, Slices &out);
    void add(const ReportBlock::Notice &b, Slices &out);
    void add(const ReportBlock::Signature &b, Slices &out);
    void add(const ReportBlock::SignOffRecord &b, Slices &out);
    void add(const ReportBlock::PageBreak &b, Slices &out);

    // A slice per line of `text`, drawn at x (from the body's left edge); `decorate`
    // adds what goes beside a line (a bullet, a quote bar). The first and last two
    // lines keep together.
    using Decoration
        = std::function<void(std::vector<PageItem::Item> &, qreal top, qreal height, int line)>;
    void addLines(const TextBox &text, qreal x, const QColor &color, Slices &out,
        const Decoration &decorate = {});
    // A fact box's value longer than half a page, line by line.
    void addLongValue(const TextBox &label, const TextBox &value, qreal labelWidth, Slices &out);
    // The space above the next block: none right after a heading.
    qreal gap(qreal points);
    void placeSignature(std::vector<PageItem::Item> &items, const ReportBlock::Signature &person,
        QPointF topLeft, qreal width) const;

    const ReportStyle &m_style;
    const QPaintDevice *m_device;
    PageFrame m_frame;
    FigureSource m_figures;
    TableSlicer m_tables;
    int m_figureCount = 0;
    bool m_afterHeading = false;
};

} // namespace accord
