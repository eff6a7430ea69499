// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "texttable.h"

#include "model/fieldinfo.h"
#include "model/fieldref.h"

#include <functional>

namespace accord {

class PlanTable;
struct Plan;

// Any table of a plan as text, generically, so that every field declared in
// core/model reaches the documents without a layout of its own: a collection as a
// table with a column per field that has a value in some row, the plan and account
// records as a Field | Value table. Labels are the fields' translated labels;
// references are shown by the referenced row's name (RowLabel). A sign-off's
// content snapshot (machine text) is never shown; its fingerprint is.
class PlanTableText {
public:
    // For the customer (Audience::Joint) the internal fields (FieldInfo::audience) are
    // left out of every table, whatever they hold.
    explicit PlanTableText(const Plan &plan, Audience audience = Audience::Internal);

    // The value as documents show it (FieldText::display, references resolved).
    QString text(const PlanTable &table, int row, int field) const;
    bool hasValue(const PlanTable &table, int row, int field) const;

    // How table() lays a table out beyond the default.
    struct Layout {
        std::vector<FieldRef> shown; // fields already laid out elsewhere: left out here
        FieldRef label; // first column: the row's name (RowLabel) under this field's label
        QString extraHeader; // a computed last column, if extraValue is set
        std::function<QString(int row)> extraValue;
    };

    // The fields outside layout.shown that have a value in some row; for a
    // collection only the rows with such a value. Empty when no value is left.
    TextTable table(const PlanTable &table, const Layout &layout = {}) const;

    // The columns a blank form of the table offers to fill in by hand: the fields
    // outside layout.shown, references to an owner and internal fields left out, at
    // most maxColumns.
    static QStringList blankHeader(
        const PlanTable &table, const std::vector<FieldRef> &shown = {}, int maxColumns = 6);

private:
    QList<int> columns(const PlanTable &table, const std::vector<FieldRef> &shown) const;
    TextTable record(const PlanTable &table, const QList<int> &fields) const;
    QStringList cells(
        const PlanTable &table, int row, const QList<int> &fields, const Layout &layout) const;

    const Plan &m_plan;
    const Audience m_audience;
};

} // namespace accord
