// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "plantreereader.h"

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
// (PlanTreeReader::Mode: Part reads templates and fragments, Whole a plan to store.)
Result<Plan> importPlanYaml(const QByteArray &data, const QString &fileName,
    ImportReport *report = nullptr, PlanTreeReader::Mode mode = PlanTreeReader::Mode::Part);
Result<Plan> importPlanJson(const QByteArray &data, const QString &fileName,
    ImportReport *report = nullptr, PlanTreeReader::Mode mode = PlanTreeReader::Mode::Part);
// A whole plan from a file, by extension: .yaml/.yml or .json; refuses files over
// ImportLimits::maxBytes unread.
Result<Plan> importPlanFile(const QString &path, ImportReport *report = nullptr);

QByteArray exportPlanYaml(const Plan &plan);
QByteArray exportPlanJson(const Plan &plan);

} // namespace accord
