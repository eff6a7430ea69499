// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QChartView>

#include <functional>

namespace accord {

// A chart on screen. The chart comes from a factory so that it can be built again
// when the plan changes, and built once more as a figure for the context menu's
// export (PNG, SVG, clipboard). The view scales the chart from points to the
// screen, so that it looks as it does in an exported picture or on paper.
class ChartView : public QChartView {
    Q_OBJECT

public:
    using Factory = std::function<QChart *(Medium medium)>;

    explicit ChartView(QWidget *parent = nullptr);
    ChartView(Factory factory, QWidget *parent = nullptr);
    ~ChartView() override;

    // Builds the chart with factory now, and again on every rebuild().
    void setFactory(Factory factory);
    void rebuild();
    // The chart as shown, built anew as a figure of the view's size in points.
    Figure figure() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    qreal pointScale() const; // device-independent pixels per point
    void fitChart();

    Factory m_factory;
};

} // namespace accord
