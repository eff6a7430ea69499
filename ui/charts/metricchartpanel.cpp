// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricchartpanel.h"

#include "chartchanges.h"
#include "charts/kpichart.h"
#include "chartview.h"
#include "document/plandocument.h"

#include <QLabel>
#include <QStackedLayout>

#include <algorithm>

namespace accord {

namespace {
constexpr int kMinimumChartHeight = 340;
} // namespace

MetricChartPanel::MetricChartPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("metricChartPanel"));
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setEnabled(false); // drawn in the palette's muted text colour
    m_view = new ChartView(this);
    m_view->setObjectName(QStringLiteral("metricChart"));
    // Tall enough for a readable axis under the title and legend, wherever the
    // panel sits (the Outcomes page stacks it below four tables).
    m_view->setMinimumHeight(kMinimumChartHeight);
    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    // Several edits in one event-loop turn (a paste, an undo macro) redraw once.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &MetricChartPanel::rebuild);
    if (document)
        connect(document, &PlanDocument::changed, this, &MetricChartPanel::onChanged);
    rebuild();
}

void MetricChartPanel::setMetric(MetricId metric)
{
    m_metric = metric;
    rebuild();
}

void MetricChartPanel::setToday(QDate today)
{
    m_today = today;
    rebuild();
}

bool MetricChartPanel::showsChart() const
{
    return m_stack->currentWidget() == m_view;
}

void MetricChartPanel::onChanged(const Change &change)
{
    if (changeAffectsCharts(change))
        m_rebuildTimer.start();
}

void MetricChartPanel::rebuild()
{
    m_rebuildTimer.stop();
    const auto &metrics = m_document ? m_document->plan().metrics : std::vector<Metric> {};
    const bool present = std::any_of(
        metrics.cbegin(), metrics.cend(), [this](const Metric &m) { return m.id == m_metric; });
    if (!m_metric.isValid() || !present) {
        m_message->setText(m_metric.isValid() ? tr("This metric is no longer in the plan.")
                                              : tr("Select a metric to see its chart."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_view->setFactory([this, metric = m_metric](Medium medium) {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        return m_document ? buildKpiChart(m_document->plan(), metric, today, medium) : nullptr;
    });
    m_stack->setCurrentWidget(m_view);
}

} // namespace accord
