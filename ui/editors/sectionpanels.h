// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace accord {

class PlanDocument;

// The views a section page can show besides forms and tables (charts, the
// timeline, the health panel), by the name sectionCatalog() gives them.
QWidget *createSectionPanel(const QString &name, PlanDocument *document, QWidget *parent);

} // namespace accord
