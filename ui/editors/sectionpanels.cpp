// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionpanels.h"

#include "health/healthpanel.h"

namespace accord {

QWidget *createSectionPanel(const QString &name, PlanDocument *document, QWidget *parent)
{
    if (name == u"health")
        return new HealthPanel(document, parent);
    return nullptr; // tst_planeditor checks that every panel of the catalog is known
}

} // namespace accord
