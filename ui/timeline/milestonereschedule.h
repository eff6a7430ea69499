// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"
#include "util/result.h"

namespace accord {

class PlanDocument;

// A milestone dragged on the timeline: its start and target date move by the same
// number of days, as one undoable "Reschedule" edit.
class MilestoneReschedule {
public:
    static Result<void> apply(PlanDocument &document, RowId milestone, int days);
};

} // namespace accord
