// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"
#include "util/result.h"

#include <QCoreApplication>

namespace accord {

struct Plan;

// A place in a plan as `accord check` prints it and `accord set` takes it:
// TABLE#ROW.FIELD for a row of a collection (milestone#3.target_date), and
// plan.FIELD or account.FIELD for the plan's and the account's single record.
struct FieldAddress {
    Q_DECLARE_TR_FUNCTIONS(accord::FieldAddress)

public:
    const PlanTable *table = nullptr;
    qint64 rowId = 0; // the record's id for plan and account
    int field = -1; // -1 when the address names a row only

    FieldRef fieldRef() const { return {table, field}; }
    QString toString() const;

    // TABLE (a whole table: rowId 0, field -1).
    static Result<const PlanTable *> parseTable(QStringView text);
    // TABLE#ROW or, for the single records, the table alone; the row must exist.
    static Result<FieldAddress> parseRow(const Plan &plan, QStringView text);
    // TABLE#ROW.FIELD, plan.FIELD, account.FIELD; the row and the field must exist.
    static Result<FieldAddress> parseField(const Plan &plan, QStringView text);
    // FIELD of table: its index.
    static Result<int> parseFieldName(const PlanTable &table, QStringView name);
};

} // namespace accord
