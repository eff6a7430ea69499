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
    // Our company's logo: a PNG in base64 (setLogo() checks and shrinks it).
    static inline const QString kVendorLogo = QStringLiteral("vendor.logo");

    // The remembered choice (the defaults where nothing was chosen yet) with the
    // vendor's name.
    static Result<ReportOptions> load(PlanRepository &repository, PlanId plan);
    static Result<void> save(PlanRepository &repository, PlanId plan, const ReportOptions &options);

    // Our company's logo for the workspace's documents, from an image file (PNG,
    // JPEG, SVG… whatever Qt reads), at most 600 pixels a side; an empty path
    // removes it. Refuses what is not an image, or is larger than 20 MB or
    // 10,000 pixels a side, with the reason.
    static Result<void> setLogo(PlanRepository &repository, const QString &path);
    // The logo's image bytes; empty when there is none.
    static Result<QByteArray> logo(PlanRepository &repository);
};

} // namespace accord
