// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

class PlanTable;
struct FieldInfo;
struct Plan;

// How a document names a row that another row refers to: an outcome by its code,
// a metric, phase or persona by its name, a review by its date.
class RowLabel {
public:
    // The row's name field (PlanTable::nameField) when it has a value, else its
    // first non-reference field with a value; "#<id>" when the row has none or is
    // missing; empty for id 0.
    static QString of(const Plan &plan, const PlanTable &table, qint64 id);
    // The row a reference field points at.
    static QString ofReferenced(const Plan &plan, const FieldInfo &ref, qint64 id);
};

} // namespace accord
