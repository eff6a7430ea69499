// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportoptions.h"

#include "model/id.h"
#include "util/result.h"

namespace accord {

class PlanRepository;

// What a plan's documents were last made with (audience, sections, paper), kept
// per plan in its workspace so the export dialog and `accord export` start from
// the same choice; and our company's name, a workspace setting.
class DocumentChoice {
public:
    static inline const QString kVendorName = QStringLiteral("vendor.name");

    // The remembered choice (the defaults where nothing was chosen yet) with the
    // vendor's name.
    static Result<ReportOptions> load(PlanRepository &repository, PlanId plan);
    static Result<void> save(PlanRepository &repository, PlanId plan, const ReportOptions &options);
};

} // namespace accord
