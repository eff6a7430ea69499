// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QByteArray>

namespace accord {

// A plan's document (Report) as Markdown (CommonMark with GitHub tables, UTF-8),
// ready to paste into a wiki: "# title", the header block as bold lines, numbered
// "## n. Section" headings separated by rules, subsections as "###"/"####". Charts
// become the table of what they show. User text is escaped (MarkdownText) so it
// never becomes Markdown structure or HTML. The internal version says so under
// the title and at the end.
class MarkdownReportWriter {
public:
    static QByteArray toMarkdown(const Report &report);
};

} // namespace accord
