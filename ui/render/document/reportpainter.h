// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;

namespace accord {

class ReportLayout;

// Draws the pages of a ReportLayout on the painter of the device it was laid out
// for: the page's items, the running header "account · plan title" (from the
// second page on: the first has the title) and the footer "Version v · date",
// "Page n of m" and the plan's short fingerprint. On a PDF, lines that need it
// are marked for the current PdfActualText.
class ReportPainter {
public:
    explicit ReportPainter(const ReportLayout &layout);

    void paintPage(QPainter *painter, int index) const;

private:
    void paintItems(QPainter *painter, int index) const;
    void paintHeaderFooter(QPainter *painter, int index) const;

    const ReportLayout &m_layout;
};

} // namespace accord
