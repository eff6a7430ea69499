// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "model/id.h"

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <map>

class QChart;
class QGridLayout;
class QScrollArea;
class QVBoxLayout;

namespace accord {

class ChartView;
class FigureView;
class PlanDocument;
struct Change;

// Every chart of a plan on one scrolling page: the KPI tiles and bar graph, the
// outcomes overview, one KPI chart per metric grouped under its outcome, and the
// feature importance of each persona. It follows the document: an edit that can
// change a chart redraws the charts once the event loop is idle; an edit that adds
// or removes a metric, outcome or persona lays the page out again.
class DashboardPanel : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPanel(PlanDocument *document, QWidget *parent = nullptr);

    // The day progress and pace are measured on; today unless set.
    void setToday(QDate today);
    QDate today() const;

    FigureView *kpiTiles() const { return m_tiles; }
    ChartView *kpiBarChart() const { return m_kpiBars; }
    ChartView *outcomesChart() const { return m_outcomes; }
    ChartView *metricChart(MetricId metric) const;
    ChartView *featureChart(PersonaId persona) const;
    int chartCount() const; // chart views on the page

public slots:
    void rebuild(); // now, without waiting for the event loop

signals:
    void rebuilt();

private:
    void onChanged(const Change &change);
    QString layoutKey() const; // what the page's arrangement depends on
    void layOut();
    void refresh();
    void addHeading(QVBoxLayout *layout, const QString &text, bool section);
    QGridLayout *addGrid(QVBoxLayout *layout);
    ChartView *addChart(QGridLayout *grid, std::function<QChart *(Medium)> factory);
    void addMetricGroups(QVBoxLayout *layout);
    void addFeatureCharts(QVBoxLayout *layout);

    QPointer<PlanDocument> m_document;
    QDate m_today;
    QTimer m_rebuildTimer;
    QScrollArea *m_scroll = nullptr;
    QString m_layoutKey;
    FigureView *m_tiles = nullptr;
    ChartView *m_kpiBars = nullptr;
    ChartView *m_outcomes = nullptr;
    std::map<qint64, ChartView *> m_metricCharts;
    std::map<qint64, ChartView *> m_featureCharts;
};

} // namespace accord
