// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionpanels.h"

#include "charts/dashboardpanel.h"
#include "charts/metricchartpanel.h"
#include "health/healthpanel.h"
#include "tablesection.h"
#include "timeline/timelinepanel.h"

namespace accord {

QWidget *createSectionPanel(
    const QString &name, PlanDocument *document, QWidget *parent, const ShowRow &showRow)
{
    if (name == u"health")
        return new HealthPanel(document, parent);
    if (name == u"dashboard")
        return new DashboardPanel(document, parent);
    if (name == u"timeline") {
        auto *timeline = new TimelinePanel(document, parent);
        if (showRow) {
            QObject::connect(timeline, &TimelinePanel::editMilestoneRequested, timeline,
                [showRow](RowId id) { showRow(QStringLiteral("milestone"), id.value); });
        }
        return timeline;
    }
    if (name == u"metric_chart")
        return new MetricChartPanel(document, parent);
    return nullptr; // tst_planeditor checks that every panel of the catalog is known
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
