// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planwarnings.h"

#include "model/plan.h"

namespace accord {

// Text a template left to be filled in, which must never reach a customer as if it
// were the plan: bracketed prompts ("[X%]", "[2–3 sentences…]"), "TBD"/"TBC"/
// "TODO", blanks of underscores ("___"), people without a name, and the dates the
// document's header prints (contract start and renewal). Reported by `accord check`
// and the export dialog, each at its field.
class Placeholders {
public:
    // Every placeholder, as a Warning with the code "placeholder", in table order.
    static std::vector<Warning> of(const Plan &plan);

    // Whether a text is, or contains, template text to fill in.
    static bool isPlaceholder(const QString &text);

    // The plan with every placeholder text emptied and every row of people without a
    // name left out, for documents: an empty value is left out (or a fill-in line in
    // a blank form), never printed as brackets.
    static Plan cleared(const Plan &plan);
};

} // namespace accord
