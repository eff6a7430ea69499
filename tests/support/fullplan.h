// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldsamples.h"
#include "model/plan.h"
#include "model/plantable.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace accord::test {

// A plan with `rows` rows in every collection and every field of every table set
// to a distinct non-default value.
inline Plan fullPlan(int rows = 2)
{
    Plan plan;
    for (const PlanTable *t : planTables()) {
        const int count = t->isCollection() ? rows : 1;
        for (int r = 0; r < count; ++r) {
            if (t->isCollection())
                t->insertRow(plan, r, t->defaultRow(r + 1));
            for (int f = 0; f < int(t->fields().size()); ++f)
                t->setValue(plan, r, f, sampleValue(t->fields()[std::size_t(f)], f * 7 + r));
        }
    }
    return plan;
}

// Compares two plans table by table, row by row, field by field (ids of the plan
// and the account excepted), naming the first difference.
inline bool samePlanContent(const Plan &a, const Plan &b, QString *difference = nullptr)
{
    for (const PlanTable *t : planTables()) {
        if (t->rowCount(a) != t->rowCount(b)) {
            if (difference)
                *difference = QStringLiteral("%1: %2 rows vs %3")
                                  .arg(t->name())
                                  .arg(t->rowCount(a))
                                  .arg(t->rowCount(b));
            return false;
        }
        for (int r = 0; r < t->rowCount(a); ++r) {
            if (t->isCollection() && t->rowId(a, r) != t->rowId(b, r)) {
                if (difference)
                    *difference = QStringLiteral("%1[%2]: id %3 vs %4")
                                      .arg(t->name())
                                      .arg(r)
                                      .arg(t->rowId(a, r))
                                      .arg(t->rowId(b, r));
                return false;
            }
            for (int f = 0; f < int(t->fields().size()); ++f) {
                const QVariant va = t->value(a, r, f);
                const QVariant vb = t->value(b, r, f);
                if (va != vb) {
                    if (difference)
                        *difference = QStringLiteral("%1[%2].%3: %4 vs %5")
                                          .arg(t->name())
                                          .arg(r)
                                          .arg(t->fields()[std::size_t(f)].key, va.toString(),
                                              vb.toString());
                    return false;
                }
            }
        }
    }
    return true;
}

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace accord::test
