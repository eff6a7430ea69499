// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace accord {

class PlanDocument;
class TableSection;

// Asks the editor to show one row of a table for editing (table name, row id).
using ShowRow = std::function<void(const QString &table, qint64 rowId)>;

// The views a section page can show besides forms and tables (charts, the
// timeline, the health panel), by the name sectionCatalog() gives them.
QWidget *createSectionPanel(
    const QString &name, PlanDocument *document, QWidget *parent, const ShowRow &showRow = {});

// Makes a panel follow the row selected in a table of its page (the metric chart
// follows the selected metric).
void followSelection(QWidget *panel, TableSection *master);

} // namespace accord
