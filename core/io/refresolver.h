// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QHash>

#include <vector>

namespace accord {

class PlanTable;
struct Plan;

// Collects the references between rows met while reading a file (a milestone's
// phase by name, a measurement's review by date…) and resolves them once every
// row exists: by the owner's label (PlanLayout::labelText) or by "#n", the
// owner's 1-based position in its table.
class RefResolver {
public:
    struct Ref {
        const PlanTable *table = nullptr;
        qint64 rowId = 0;
        int field = -1;
        QString text;
        SourcePos pos;
        QString path;
    };

    void add(Ref ref) { m_refs.push_back(std::move(ref)); }
    // Sets every reference in plan; returns the ones that name no single row.
    std::vector<Diagnostic> resolve(Plan &plan, const QString &fileName);

private:
    const QHash<QString, QList<qint64>> &labels(const PlanTable &table, const Plan &plan);

    std::vector<Ref> m_refs;
    QHash<const PlanTable *, QHash<QString, QList<qint64>>> m_labels;
};

} // namespace accord
