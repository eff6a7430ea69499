// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldinfo.h"

#include <QVariantList>

#include <optional>

#include <vector>

namespace accord {

struct Plan;

// A unique address per row type, the identity a table records.
template<typename T> const void *rowTypeTag()
{
    static const char tag = 0;
    return &tag;
}

// One row in generic form: its id and its values in field order.
struct RowData {
    qint64 id = 0;
    QVariantList values;
    bool operator==(const RowData &) const = default;
};

// Type-erased access to one section of a Plan, described by its fields. Storage,
// import/export, item models and commands all work through this, so a field is
// declared once (core/model/*.cpp) and is then stored, exported and editable.
// The "plan" and "account" tables are single records (one row, the plan's and the
// account's id); every other table is an ordered collection of rows.
class PlanTable {
public:
    virtual ~PlanTable() = default;

    virtual QString name() const = 0;
    virtual QString label() const = 0; // translated
    virtual const std::vector<FieldInfo> &fields() const = 0;
    virtual bool isCollection() const = 0;
    virtual Audience audience() const = 0; // of the whole table (FieldInfo::audience)
    virtual const void *rowType() const = 0; // rowTypeTag<T>() of its row type T
    // Whether the field descriptors describe every member of the row type.
    virtual bool describesEveryMember() const = 0;

    virtual int rowCount(const Plan &plan) const = 0;
    virtual qint64 rowId(const Plan &plan, int row) const = 0;
    virtual QVariant value(const Plan &plan, int row, int field) const = 0;
    // False (and nothing changed) when the value has the wrong type.
    virtual bool setValue(Plan &plan, int row, int field, const QVariant &value) const = 0;
    // Inserts at index row; false when a value has the wrong type or the id is taken.
    virtual bool insertRow(Plan &plan, int row, const RowData &data) const = 0;
    virtual bool removeRow(Plan &plan, int row) const = 0;
    virtual bool moveRow(Plan &plan, int from, int to) const = 0;
    // The value as a row of this table would hold it (a date given as text becomes
    // a QDate, an unset number null); nullopt when the field cannot hold it.
    virtual std::optional<QVariant> normalized(int field, const QVariant &value) const = 0;

    RowData rowData(const Plan &plan, int row) const;
    virtual RowData defaultRow(qint64 id) const = 0; // a new row's default values
    int indexOfRow(const Plan &plan, qint64 id) const; // -1 if absent
    int fieldIndex(QStringView key) const; // -1 if absent
    // The field that names a row when people speak of it: its code, name, title,
    // label, topic, text or description, the first of these it has; -1 if none.
    int nameField() const;
    qint64 nextRowId(const Plan &plan) const; // 1 + the largest id
};

// Every table of a plan: "plan", "account", then the collections in document order.
const std::vector<const PlanTable *> &planTables();
const PlanTable *findPlanTable(QStringView name);
// The table a Ref field points at.
const PlanTable &referencedTable(const FieldInfo &ref);
const PlanTable &headerTable();
const PlanTable &accountTable();

} // namespace accord
