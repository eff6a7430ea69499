// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include "model/plan.h"
#include "util/result.h"

#include <QByteArray>

namespace accord {

// Lossless YAML and JSON interchange of one plan in the plan-file schema
// (resources/samples/acme-corp.yaml) plus Accord's extra sections (see PlanLayout). Imports never
// half-succeed: on any error the Result holds every error line ("FILE:LINE:COL: expected …, found …
// (at key.path)") and report->errors the same as Diagnostics; warnings (unknown
// keys…) go to report->warnings either way. Imported rows get ids 1..n per
// table; the plan's and the account's ids are left 0 for the repository.
Result<Plan> importPlanYaml(
    const QByteArray &data, const QString &fileName, ImportReport *report = nullptr);
Result<Plan> importPlanJson(
    const QByteArray &data, const QString &fileName, ImportReport *report = nullptr);
// By extension: .yaml/.yml or .json; refuses files over ImportLimits::maxBytes unread.
Result<Plan> importPlanFile(const QString &path, ImportReport *report = nullptr);

QByteArray exportPlanYaml(const Plan &plan);
QByteArray exportPlanJson(const Plan &plan);

} // namespace accord
