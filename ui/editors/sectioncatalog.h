// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace accord {

// What the plan editor shows on each of its pages: forms over fields of the
// plan and account records, and tables over collections (a table may follow
// the row selected in an earlier table of the same page). Every section of
// a plan appears on some page; tst_sectioncatalog checks that nothing is
// left out.
struct SectionItem {
    enum class Kind { Form, Table, Panel }; // Panel: a view named by `table` (sectionpanels.h)
    Kind kind = Kind::Table;
    QString table;
    QStringList keys; // form fields, or table columns (empty: all)
    const char *title = ""; // translatable, context "accord::Section"
    int master = -1; // index of the table item this one follows
    QString parentField; // the field that points at the master's row
};

struct SectionPage {
    QString id;
    const char *title; // translatable, context "accord::Section"
    std::vector<SectionItem> items;
};

const std::vector<SectionPage> &sectionCatalog();

} // namespace accord
