// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownheader.h"

#include "markdowntext.h"
#include "text/documentheader.h"

namespace accord {

QString MarkdownHeader::title(const Plan &plan)
{
    return DocumentHeader::title(plan);
}

QStringList MarkdownHeader::lines(const Plan &plan)
{
    QStringList result;
    for (const auto &[label, value] : DocumentHeader::fields(plan)) {
        if (!value.trimmed().isEmpty())
            result << MarkdownText::boldLine(label, value);
    }
    return result;
}

} // namespace accord
