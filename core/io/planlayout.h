// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treenode.h"

#include <vector>

namespace accord {

class PlanTable;
struct FieldInfo;
struct Plan;

// One key of a row (or record) in a plan file.
struct LayoutEntry {
    enum class Kind {
        Field, // a field of the row
        Group, // a nested map of further entries of the same row (contract, baseline)
        Children, // the rows of `child` nested under this row
        Embedded, // entries of the outcome's primary (first) metric, written into the outcome
    };
    enum class Format {
        Standard,
        Minutes, // an int written "20 min"
        LongMinutes, // an int written "60 minutes"
        NoneWhenEmpty, // an empty list written "none"
    };

    Kind kind = Kind::Field;
    QString key;
    int field = -1; // Field
    const PlanTable *child = nullptr; // Children
    bool skipFirst = false; // Children: the first row is Embedded elsewhere
    bool always = false; // written even when empty (the schema's keys)
    bool flow = false; // lists written [a, b]
    Format format = Format::Standard;
    ScalarStyle style = ScalarStyle::Quoted; // Text fields
    std::vector<LayoutEntry> entries; // Group, Embedded
};

// How the rows of one table appear in a file.
struct TableLayout {
    const PlanTable *table = nullptr;
    int parentField = -1; // the Ref that nests a row under its owner; -1: never nested
    std::vector<LayoutEntry> entries;
};

// A top-level key of a plan file.
struct DocumentSection {
    enum class Kind {
        Record, // a map of the fields of the header or the account
        Rows, // a list of rows (those without an owner, for nested tables)
        BySide, // lists of rows grouped under the keys of their Side field
    };
    Kind kind = Kind::Rows;
    QString key;
    const PlanTable *table = nullptr;
    std::vector<LayoutEntry> entries; // Record
    int sideField = -1; // BySide
    bool always = false; // written even when empty (the schema's sections)
};

// The file schema of a plan, shared by PlanTreeWriter and PlanTreeReader so that
// they cannot disagree. It is the plan-file schema (plan, customer with
// contract, stakeholders by side, outcomes with baseline/target and milestones,
// risks, review_history, qbr) plus, "in the same style", every other table:
//  - a section's key is its PlanTable::name() in the plural (consonant+y -> ies,
//    s/x/ch/sh -> es, else s; "review" is "review_history", "feature_importance"
//    stays): use_cases, history_entries, roi_periods…;
//  - a row is a map of its fields under FieldInfo::key, in field order;
//  - a row whose table has a parent Ref (metric, interim_target, measurement,
//    feature_importance, onboarding_step) is nested under its owner, in a list
//    named like the section; rows without an owner stay in the top-level
//    section (plan-level metrics). Milestones nest under their outcome;
//  - other Refs drop "_id" from their key (phase_id -> phase) and hold the
//    owner's label - phase or persona name, review date, outcome code - or
//    "#n" (1-based position) when the label is empty or not unique;
//  - an outcome's first metric is its baseline/target (with extra keys value,
//    unit, source, direction), its data_source, interim_targets and
//    measurements; further metrics are listed in additional_metrics;
//  - customer.contract: start_date, renewal_date, arr (the text as written),
//    plan_tier (Account::product), arr_amount (Account::arr), seats;
//  - qbr: duration (PlanHeader::qbrMinutes), attendees customer/vendor, agenda;
//  - a key is left out when its value and its default are both empty; the
//    schema's keys are always written (null when empty).
class PlanLayout {
public:
    static const std::vector<DocumentSection> &sections();
    static const TableLayout &of(const PlanTable &table);

    static QString sectionKey(const PlanTable &table);
    static int parentField(const PlanTable &table);
    // The field whose text names a row in references from other rows.
    static int labelField(const PlanTable &table);
    static QString labelText(const PlanTable &table, const Plan &plan, int row);
};

} // namespace accord
