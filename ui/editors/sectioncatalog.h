// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"

#include <QString>

#include <utility>
#include <vector>

namespace accord {

// The views a page can show besides forms and tables (sectionpanels.h).
enum class SectionPanel { None, Dashboard, Timeline, Health, MetricChart, Roi };

// What the plan editor shows on each of its pages: forms over fields of the
// plan and account records, and tables over collections (a table may follow
// the row selected in an earlier table of the same page). Every section of
// a plan appears on some page; tst_sectioncatalog checks that nothing is
// left out.
struct SectionItem {
    enum class Kind { Form, Table, Panel };
    Kind kind = Kind::Table;
    const PlanTable *table = nullptr; // Form, Table
    std::vector<FieldRef> fields; // form fields, or table columns (empty: all)
    SectionPanel panel = SectionPanel::None; // Panel
    const char *title = ""; // translatable, context "accord::Section"
    int master = -1; // index of the table item this one follows
    FieldRef parentField; // the field that points at the master's row
    // Form fields not edited on their own but shown as the tooltip of another
    // (the contract value as written in an imported plan, beside its amount).
    std::vector<std::pair<FieldRef, FieldRef>> details; // {field, its detail}
};

struct SectionPage {
    QString id; // names the page in object names and screenshots
    const char *title; // translatable, context "accord::Section"
    std::vector<SectionItem> items;
};

const std::vector<SectionPage> &sectionCatalog();

} // namespace accord
