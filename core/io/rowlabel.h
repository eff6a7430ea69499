// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

struct Plan;

// How a document names a row that another row refers to: an outcome by its code,
// a metric, phase or persona by its name, a review by its date.
class RowLabel {
public:
    // The first non-empty of code, name, title, label, topic, text, description, then
    // of any other non-reference field; "#<id>" when the row has none or is missing;
    // empty for id 0.
    static QString of(const Plan &plan, const QString &tableName, qint64 id);
};

} // namespace accord
