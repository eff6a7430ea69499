// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QWidget>

#include <functional>

namespace accord {

// A Figure that is not a chart (the KPI tiles) on screen, at the scale the chart
// views use, with the same export context menu.
class FigureView : public QWidget {
    Q_OBJECT

public:
    using Source = std::function<Figure()>;

    explicit FigureView(QWidget *parent = nullptr);

    void setSource(Source source);
    void refresh(); // asks the source again
    const Figure &figure() const { return m_figure; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    qreal pointScale() const;

    Source m_source;
    Figure m_figure;
};

} // namespace accord
