// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageitems.h"

#include <functional>
#include <memory>

namespace accord {

// The unit of pagination: a strip of the body as wide as the text that is never
// split between pages (a line of a paragraph, a table row, a heading, a figure).
// ReportLayout stacks slices on pages; a slice that does not fit starts a new page.
struct Slice {
    qreal height = 0;
    qreal spaceBefore = 0; // dropped at the top of a page
    bool keepWithNext = false; // on the same page as the slice after it
    bool breakBefore = false; // always starts a page
    // A table's header row, drawn again above this slice when it starts a page.
    std::shared_ptr<const Slice> header;
    // Adds the slice's items with its top edge at `top`. It may use the slicer
    // that made it (its style, its device), so it is called while that exists.
    std::function<void(std::vector<PageItem::Item> &items, qreal top)> place;
};

using Slices = std::vector<Slice>;

} // namespace accord
