// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfigures.h"
#include "pageframe.h"
#include "pageitems.h"
#include "slice.h"

#include "report/report.h"

class QPaintDevice;

namespace accord {

// A Report laid out on pages for one paint device (a PDF writer, a printer, an
// image) at its resolution: text broken into lines with QTextLayout, tables split
// between rows with their header repeated, headings kept with what follows, figures
// scaled to the text width. ReportPainter draws the pages.
class ReportLayout {
public:
    ReportLayout(const Report &report, const PageFrame &frame, const QPaintDevice *device,
        const FigureSource &figures = {});

    int pageCount() const { return int(m_pages.size()); }
    const LaidOutPage &page(int index) const { return m_pages[std::size_t(index)]; }
    const PageFrame &frame() const { return m_frame; }

    QString runningHeader() const { return m_runningHeader; }
    QString footerVersion() const { return m_footerVersion; }
    QString shortFingerprint() const { return m_fingerprint; }
    QString internalMark() const { return m_internalMark; } // empty for the customer

private:
    void paginate(const Slices &slices);

    PageFrame m_frame;
    std::vector<LaidOutPage> m_pages;
    QString m_runningHeader;
    QString m_footerVersion;
    QString m_fingerprint;
    QString m_internalMark;
};

} // namespace accord
