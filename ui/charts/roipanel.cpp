// SPDX-License-Identifier: GPL-3.0-or-later
#include "roipanel.h"

#include "charts/roichart.h"
#include "document/plandocument.h"
#include "figureview.h"
#include "model/plan.h"
#include "rules/roisummary.h"
#include "text/roitext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace accord {

RoiPanel::RoiPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_headline(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_chart(new FigureView(this))
{
    setObjectName(QStringLiteral("roiPanel"));
    m_headline->setObjectName(QStringLiteral("roiHeadline"));
    m_headline->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("roiTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_chart->setObjectName(QStringLiteral("roiChart"));
    m_chart->setSource([this] { return roiFigure(m_document->plan(), Medium::Screen); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_table);
    layout->addWidget(m_chart);
    connect(m_document, &PlanDocument::changed, this, [this](const Change &change) {
        if (change.touches<RoiPeriod>())
            refresh();
    });
    refresh();
}

void RoiPanel::refresh()
{
    const RoiSummary roi = roiSummary(m_document->plan());
    m_headline->setText(roi.isEmpty() ? tr("Add periods to the ROI timeline to see the return "
                                           "on investment and when it pays back.")
                                      : RoiText::headline(roi));
    const TextTable text = RoiText::table(roi);
    m_table->setColumnCount(int(text.header.size()));
    m_table->setHorizontalHeaderLabels(text.header);
    m_table->setRowCount(int(text.rows.size()));
    for (int r = 0; r < int(text.rows.size()); ++r) {
        const bool total = roi.totals == RoiSummary::Totals::Added && r == int(roi.periods.size());
        for (int c = 0; c < int(text.header.size()); ++c) {
            auto *item = new QTableWidgetItem(text.rows[r].value(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVisible(!roi.isEmpty());
    m_chart->setVisible(!roi.isEmpty() && roi.totals == RoiSummary::Totals::Added);
    m_chart->refresh();
}

} // namespace accord
