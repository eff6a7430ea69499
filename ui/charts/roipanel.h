// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace accord {

class FigureView;
class PlanDocument;

// The Value page's ROI, worked out from the ROI timeline above it: each period's
// net return and the cumulative net, a total row, ROI % and the payback month, and
// the chart the document prints. Read only: the timeline is edited in its table.
class RoiPanel : public QWidget {
    Q_OBJECT

public:
    explicit RoiPanel(PlanDocument *document, QWidget *parent = nullptr);

private:
    void refresh();

    PlanDocument *m_document;
    QLabel *m_headline;
    QTableWidget *m_table;
    FigureView *m_chart;
};

} // namespace accord
