// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "reportoptions.h"

#include <QByteArray>

namespace accord {

// A Report as one self-contained HTML file (UTF-8): inline CSS with the paper size
// for printing, no scripts, no external resources. Every piece of text, in content
// and in attribute values, goes through QString::toHtmlEscaped, so a plan that
// contains markup shows those characters and loads nothing. Charts become their
// caption over a table of what they show.
class HtmlReportWriter {
public:
    static QByteArray toHtml(const Report &report, PaperSize paper = PaperSize::A4);
};

} // namespace accord
