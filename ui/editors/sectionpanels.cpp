// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionpanels.h"

#include "charts/dashboardpanel.h"
#include "charts/metricchartpanel.h"
#include "charts/roipanel.h"
#include "health/healthpanel.h"
#include "model/plan.h"
#include "tablesection.h"
#include "timeline/timelinepanel.h"

namespace accord {

QWidget *createSectionPanel(
    SectionPanel which, PlanDocument *document, QWidget *parent, const ShowRow &showRow)
{
    switch (which) {
    case SectionPanel::Health:
        return new HealthPanel(document, parent);
    case SectionPanel::Dashboard:
        return new DashboardPanel(document, parent);
    case SectionPanel::Timeline: {
        auto *timeline = new TimelinePanel(document, parent);
        if (showRow) {
            QObject::connect(timeline, &TimelinePanel::editMilestoneRequested, timeline,
                [showRow](RowId id) { showRow(tableOf<Milestone>(), id.value); });
        }
        return timeline;
    }
    case SectionPanel::MetricChart:
        return new MetricChartPanel(document, parent);
    case SectionPanel::Roi:
        return new RoiPanel(document, parent);
    case SectionPanel::None:
        break;
    }
    return nullptr;
}

void followSelection(QWidget *panel, TableSection *master)
{
    if (auto *chart = qobject_cast<MetricChartPanel *>(panel)) {
        QObject::connect(master, &TableSection::selectedRowChanged, chart,
            [chart](qint64 id) { chart->setMetric(MetricId(id)); });
        chart->setMetric(MetricId(master->selectedRowId()));
    }
}

} // namespace accord
