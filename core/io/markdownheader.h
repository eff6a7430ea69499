// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord {

struct Plan;

// The joint plan's header block under the title (DocumentHeader) as bold Markdown
// lines: product, contract term, CSM, customer champion and executive sponsor,
// last update and status. Lines without a value are left out.
class MarkdownHeader {
public:
    static QString title(const Plan &plan);
    static QStringList lines(const Plan &plan);
};

} // namespace accord
