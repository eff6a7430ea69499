// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sectioncatalog.h"

#include <functional>

class QWidget;

namespace accord {

class PlanDocument;
class TableSection;

// Asks the editor to show one row of a table for editing.
using ShowRow = std::function<void(const PlanTable &table, qint64 rowId)>;

// The views a section page can show besides forms and tables (charts, the
// timeline, the health panel).
QWidget *createSectionPanel(
    SectionPanel which, PlanDocument *document, QWidget *parent, const ShowRow &showRow = {});

// Makes a panel follow the row selected in a table of its page (the metric chart
// follows the selected metric).
void followSelection(QWidget *panel, TableSection *master);

} // namespace accord
