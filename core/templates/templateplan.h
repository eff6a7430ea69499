// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QDate>

namespace accord {

// The transformations between a plan and a template.
class TemplatePlan {
public:
    // A template's plan made into a new plan of account: see TemplateCatalog::instantiate.
    static Plan instantiate(Plan plan, const Account &account, QDate today);
    // What a plan leaves in a template: its structure and wording, without the
    // account, its people's contact details, progress (statuses, actual dates,
    // scores, KPI readings), measurements, reviews and sign-offs. Its created
    // date becomes its earliest date: the anchor that instantiate() moves to
    // today, so that a plan made from it starts on the day it is made.
    static Plan forTemplate(Plan plan, QDate today);
    // Moves every date of every section by days.
    static void shiftDates(Plan &plan, qint64 days);
};

} // namespace accord
