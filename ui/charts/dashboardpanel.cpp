// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpanel.h"

#include "chartchanges.h"
#include "charts/featureimportancechart.h"
#include "charts/kpibarchart.h"
#include "charts/kpichart.h"
#include "charts/kpitiles.h"
#include "charts/outcomesoverviewchart.h"
#include "chartview.h"
#include "document/plandocument.h"
#include "figureview.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>

#include <algorithm>

namespace accord {

namespace {

constexpr int kColumns = 2;

const Plan &emptyPlan()
{
    static const Plan plan;
    return plan;
}

QString outcomeHeading(const Outcome &outcome)
{
    const QString code = outcome.code.simplified();
    const QString description = outcome.description.simplified();
    if (code.isEmpty())
        return description;
    return description.isEmpty() ? code : DashboardPanel::tr("%1 · %2").arg(code, description);
}

} // namespace

DashboardPanel::DashboardPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    // Several edits in one event-loop turn (a paste, an undo macro) redraw once.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &DashboardPanel::rebuild);
    if (document)
        connect(document, &PlanDocument::changed, this, &DashboardPanel::onChanged);
    rebuild();
}

void DashboardPanel::setToday(QDate today)
{
    m_today = today;
    rebuild();
}

QDate DashboardPanel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

ChartView *DashboardPanel::metricChart(MetricId metric) const
{
    const auto it = m_metricCharts.find(metric.value);
    return it == m_metricCharts.end() ? nullptr : it->second;
}

ChartView *DashboardPanel::featureChart(PersonaId persona) const
{
    const auto it = m_featureCharts.find(persona.value);
    return it == m_featureCharts.end() ? nullptr : it->second;
}

int DashboardPanel::chartCount() const
{
    return 2 + int(m_metricCharts.size() + m_featureCharts.size());
}

void DashboardPanel::onChanged(const Change &change)
{
    if (changeAffectsCharts(change))
        m_rebuildTimer.start();
}

void DashboardPanel::rebuild()
{
    m_rebuildTimer.stop();
    const QString key = layoutKey();
    if (key != m_layoutKey || !m_tiles) {
        m_layoutKey = key;
        layOut(); // builds every chart as it goes
    } else {
        refresh();
    }
    emit rebuilt();
}

QString DashboardPanel::layoutKey() const
{
    const Plan &plan = m_document ? m_document->plan() : emptyPlan();
    QStringList parts;
    for (const Outcome &o : plan.outcomes)
        parts += QStringLiteral("o%1:%2").arg(o.id.value).arg(outcomeHeading(o));
    for (const Metric &m : plan.metrics)
        parts += QStringLiteral("m%1:%2").arg(m.id.value).arg(m.outcome.value);
    for (const Persona &p : plan.personas)
        parts += QStringLiteral("p%1").arg(p.id.value);
    return parts.join(u'|');
}

void DashboardPanel::refresh()
{
    m_tiles->refresh();
    m_kpiBars->rebuild();
    m_outcomes->rebuild();
    for (const auto &[id, view] : m_metricCharts)
        view->rebuild();
    for (const auto &[id, view] : m_featureCharts)
        view->rebuild();
}

void DashboardPanel::layOut()
{
    m_metricCharts.clear();
    m_featureCharts.clear();
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *layout = new QVBoxLayout(content);

    addHeading(layout, tr("Overview"), true);
    m_tiles = new FigureView(content);
    m_tiles->setSource([this] {
        return kpiTilesFigure(m_document ? m_document->plan() : emptyPlan(), Medium::Screen);
    });
    layout->addWidget(m_tiles);
    QGridLayout *top = addGrid(layout);
    m_kpiBars = addChart(top, [this](Medium medium) {
        return buildKpiBarChart(m_document ? m_document->plan() : emptyPlan(), medium);
    });
    m_outcomes = addChart(top, [this](Medium medium) {
        return buildOutcomesOverviewChart(
            m_document ? m_document->plan() : emptyPlan(), today(), medium);
    });
    addMetricGroups(layout);
    addFeatureCharts(layout);
    layout->addStretch(1);
    m_scroll->setWidget(content); // deletes the previous page
}

void DashboardPanel::addMetricGroups(QVBoxLayout *layout)
{
    const Plan &plan = m_document ? m_document->plan() : emptyPlan();
    const auto addMetrics = [&](const std::vector<const Metric *> &metrics) {
        QGridLayout *grid = addGrid(layout);
        for (const Metric *metric : metrics) {
            m_metricCharts[metric->id.value] = addChart(grid, [this, id = metric->id](Medium m) {
                return buildKpiChart(m_document ? m_document->plan() : emptyPlan(), id, today(), m);
            });
        }
    };
    std::vector<const Metric *> planLevel;
    for (const Metric &m : plan.metrics) {
        const bool owned = std::any_of(plan.outcomes.cbegin(), plan.outcomes.cend(),
            [&m](const Outcome &o) { return o.id == m.outcome; });
        if (!owned)
            planLevel.push_back(&m);
    }
    if (!plan.outcomes.empty() || !planLevel.empty())
        addHeading(layout, tr("Metrics"), true);
    for (const Outcome &outcome : plan.outcomes) {
        addHeading(layout, outcomeHeading(outcome), false);
        std::vector<const Metric *> metrics;
        for (const Metric &m : plan.metrics) {
            if (m.outcome == outcome.id)
                metrics.push_back(&m);
        }
        if (metrics.empty()) {
            auto *none = new QLabel(tr("No metric measures this outcome yet."));
            none->setEnabled(false);
            layout->addWidget(none);
        }
        addMetrics(metrics);
    }
    if (!planLevel.empty()) {
        addHeading(layout, tr("Plan-level metrics"), false);
        addMetrics(planLevel);
    }
}

void DashboardPanel::addFeatureCharts(QVBoxLayout *layout)
{
    const Plan &plan = m_document ? m_document->plan() : emptyPlan();
    if (plan.personas.empty())
        return;
    addHeading(layout, tr("Feature importance by persona"), true);
    QGridLayout *grid = addGrid(layout);
    for (const Persona &persona : plan.personas) {
        m_featureCharts[persona.id.value] = addChart(grid, [this, id = persona.id](Medium m) {
            return buildFeatureImportanceChart(
                m_document ? m_document->plan() : emptyPlan(), id, m);
        });
    }
}

void DashboardPanel::addHeading(QVBoxLayout *layout, const QString &text, bool section)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // user text: never rich text
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    if (section)
        font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    label->setContentsMargins(0, section ? 12 : 6, 0, 2);
    layout->addWidget(label);
}

QGridLayout *DashboardPanel::addGrid(QVBoxLayout *layout)
{
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    for (int c = 0; c < kColumns; ++c)
        grid->setColumnStretch(c, 1);
    layout->addLayout(grid);
    return grid;
}

ChartView *DashboardPanel::addChart(QGridLayout *grid, std::function<QChart *(Medium)> factory)
{
    const int index = grid->count();
    auto *view = new ChartView(std::move(factory));
    view->setMinimumHeight(view->minimumSizeHint().height() + 80);
    grid->addWidget(view, index / kColumns, index % kColumns);
    return view;
}

} // namespace accord
