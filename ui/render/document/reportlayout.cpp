// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlayout.h"

#include "blockslicer.h"
#include "palette.h"
#include "reportstyle.h"

namespace accord {

ReportLayout::ReportLayout(const Report &report, const PageFrame &frame, const QPaintDevice *device,
    const FigureSource &figures)
    : m_frame(frame)
    , m_runningHeader(report.runningHeader())
    , m_footerVersion(report.footerVersion())
    , m_fingerprint(report.shortFingerprint())
    , m_internalMark(report.internalMark())
{
    const Palette::ScopedScheme paper(Palette::Scheme::Light); // figures are made for paper
    const ReportStyle style(frame.dpi);
    BlockSlicer slicer(style, device, frame, figures);
    Slices slices;
    std::vector<ReportBlock::Signature> signatures;
    for (const ReportBlock::Block &block : report.blocks) {
        if (const auto *person = std::get_if<ReportBlock::Signature>(&block)) {
            signatures.push_back(*person);
            continue;
        }
        if (!signatures.empty()) {
            slicer.addSignatures(signatures, slices);
            signatures.clear();
        }
        slicer.add(block, slices);
    }
    slicer.addSignatures(signatures, slices);
    paginate(slices);
}

void ReportLayout::paginate(const Slices &slices)
{
    const qreal top = m_frame.body.top();
    const qreal bottom = m_frame.body.bottom();
    const qreal pageHeight = m_frame.body.height();
    m_pages.emplace_back();
    qreal y = top;
    bool empty = true;
    const auto newPage = [&] {
        m_pages.emplace_back();
        y = top;
        empty = true;
    };
    const auto place = [&](const Slice &slice, qreal space) {
        slice.place(m_pages.back().items, y + space);
        y += space + slice.height;
        empty = empty && slice.height <= 0; // a page break leaves the page empty
    };
    for (std::size_t i = 0; i < slices.size(); ++i) {
        const Slice &slice = slices[i];
        if (slice.breakBefore && !empty)
            newPage();
        // The slice and those it keeps with (a heading, a table's header row, the
        // first lines of a paragraph), as long as they fit on one page together.
        qreal need = (empty ? 0 : slice.spaceBefore) + slice.height;
        for (std::size_t j = i; slices[j].keepWithNext && j + 1 < slices.size(); ++j) {
            const qreal more = slices[j + 1].spaceBefore + slices[j + 1].height;
            if (need + more > pageHeight * 0.8)
                break;
            need += more;
        }
        if (!empty && y + need > bottom + 0.01) {
            newPage();
            if (slice.header)
                place(*slice.header, 0);
        }
        place(slice, empty ? 0 : slice.spaceBefore);
    }
}

} // namespace accord
