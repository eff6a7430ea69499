// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../support/fieldsamples.h"

#include "model/plan.h"
#include "model/plantable.h"

#include <QHash>
#include <QStringList>

namespace accord::test {

// References of the three rows of each table: owned rows first (the way files
// nest them, so ids 1..3 are already in reading order), then one without owner.
inline qint64 sampleRef(const PlanTable &table, const FieldInfo &field, int row)
{
    static const QHash<QString, std::array<qint64, 3>> refs {
        {QStringLiteral("metric.outcome_id"),
            {1, 1, 0}}, // primary + additional metric of O1, plan-level
        {QStringLiteral("interim_target.metric_id"), {1, 3, 0}},
        {QStringLiteral("measurement.metric_id"), {1, 2, 0}},
        {QStringLiteral("measurement.review_id"), {2, 0, 3}},
        {QStringLiteral("milestone.outcome_id"), {1, 2, 0}},
        {QStringLiteral("milestone.phase_id"), {3, 1, 2}},
        {QStringLiteral("feature_importance.persona_id"), {1, 1, 0}},
        {QStringLiteral("use_case.persona_id"), {2, 2, 0}},
        {QStringLiteral("onboarding_step.use_case_id"), {1, 2, 0}},
    };
    const auto it = refs.constFind(table.name() + u'.' + field.key);
    return it == refs.constEnd() ? row + 1 : (*it)[std::size_t(row)];
}

// A plan in which every field of every table holds a sample value that differs
// from its default (three rows per collection).
inline Plan fullPlan()
{
    Plan plan;
    for (const PlanTable *t : planTables()) {
        const int rows = t->isCollection() ? 3 : 1;
        for (int r = 0; r < rows; ++r) {
            if (t->isCollection())
                t->insertRow(plan, r, t->defaultRow(r + 1));
            for (int f = 0; f < int(t->fields().size()); ++f) {
                const FieldInfo &info = t->fields()[std::size_t(f)];
                const QVariant value = info.kind == FieldKind::Ref
                    ? QVariant(sampleRef(*t, info, r))
                    : sampleValue(info, r * 100 + f);
                t->setValue(plan, r, f, value);
            }
        }
    }
    plan.stakeholders[0].side = Side::Customer; // customers are listed first
    plan.stakeholders[1].side = Side::Customer;
    return plan;
}

// "table[row].field: a != b" for every value that differs, ids included.
inline QStringList planDifferences(const Plan &a, const Plan &b)
{
    QStringList result;
    for (const PlanTable *t : planTables()) {
        if (t->rowCount(a) != t->rowCount(b)) {
            result << QStringLiteral("%1: %2 rows != %3")
                          .arg(t->name())
                          .arg(t->rowCount(a))
                          .arg(t->rowCount(b));
            continue;
        }
        for (int r = 0; r < t->rowCount(a); ++r) {
            if (t->isCollection() && t->rowId(a, r) != t->rowId(b, r))
                result << QStringLiteral("%1[%2].id: %3 != %4")
                              .arg(t->name())
                              .arg(r)
                              .arg(t->rowId(a, r))
                              .arg(t->rowId(b, r));
            for (int f = 0; f < int(t->fields().size()); ++f) {
                const QVariant x = t->value(a, r, f);
                const QVariant y = t->value(b, r, f);
                if (x != y)
                    result << QStringLiteral("%1[%2].%3: %4 != %5")
                                  .arg(t->name())
                                  .arg(r)
                                  .arg(t->fields()[std::size_t(f)].key, x.toString(), y.toString());
            }
        }
    }
    return result;
}

} // namespace accord::test
