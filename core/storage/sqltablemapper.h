// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plantable.h"

#include <QSqlQuery>
#include <QStringList>

namespace accord {

// Maps one PlanTable to its SQL table: column names, statement text
// (built from the field descriptors, never from user data) and the conversion of
// field values to and from SQL values. Money takes two columns (<key>_minor,
// <key>_currency); string lists are JSON arrays; dates ISO 8601 text.
class SqlTableMapper {
public:
    explicit SqlTableMapper(const PlanTable &table);

    const PlanTable &table() const { return m_table; }
    QString sqlTable() const { return m_table.name(); }
    QStringList columns() const; // every field column, in field order
    QStringList columnsOf(int field) const; // one, or two for money

    QString selectRows() const; // collections: id + columns for one plan, in order
    QString insertRow() const; // collections: plan_id, id, position, columns
    QString updateField(int field) const; // collections: SET columns WHERE plan_id, id
    QString selectRecord() const; // plan/account: columns WHERE id
    QString updateRecordField(int field) const;

    // One field of one row (collections: WHERE plan_id, id; records: WHERE id),
    // `lock` appended (SqlDialect::lockForUpdate()).
    QString selectField(int field, const QString &lock = {}) const;
    // The field's value from a query of selectField() positioned on its row.
    QVariant readField(const QSqlQuery &query, int field) const;
    // The value as it reads back once stored: what a value read from the
    // database is compared with.
    QVariant asStored(int field, const QVariant &value) const;

    // Binds a field's value (one or two placeholders) in order.
    void bindField(QSqlQuery &query, int field, const QVariant &value) const;
    // Reads field values from a query positioned on a row, from column `first` on.
    QVariantList readFields(const QSqlQuery &query, int first) const;

private:
    const PlanTable &m_table;
};

} // namespace accord
