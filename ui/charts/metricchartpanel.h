// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace accord {

class ChartView;
class PlanDocument;
struct Change;

// The KPI chart of one metric (the one selected on the outcomes page), kept
// current while the plan is edited; a short message when no metric is selected or
// the selected one was deleted.
class MetricChartPanel : public QWidget {
    Q_OBJECT

public:
    explicit MetricChartPanel(PlanDocument *document, QWidget *parent = nullptr);

    void setMetric(MetricId metric);
    MetricId metric() const { return m_metric; }
    // The day progress and pace are measured on; today unless set (tests, reviews).
    void setToday(QDate today);

    ChartView *chartView() const { return m_view; }
    bool showsChart() const; // false while the message is shown

private:
    void onChanged(const Change &change);
    void rebuild();

    QPointer<PlanDocument> m_document;
    MetricId m_metric;
    QDate m_today;
    QTimer m_rebuildTimer;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_message = nullptr;
    ChartView *m_view = nullptr;
};

} // namespace accord
