// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "texttable.h"

#include <QString>

namespace accord {

struct RoiSummary;

// The ROI timeline as people read it, for the editor's Value page and documents.
namespace RoiText {

// Month, investment, benefits, net ROI, cumulative; a total row last.
TextTable table(const RoiSummary &roi);
// "Return on investment: 43 % · paid back in month 12", or why there is none.
QString headline(const RoiSummary &roi);

} // namespace RoiText
} // namespace accord
