// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"
#include "storage/planrepository.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace accord {

class PortfolioModel;

// The navigator dock's content: accounts → plans with a health chip, status and
// renewal date; a filter box; sorting by name, renewal date or health; a
// context menu for plan actions.
class PortfolioNavigator : public QWidget {
    Q_OBJECT

public:
    explicit PortfolioNavigator(QWidget *parent = nullptr);

    void setPlans(const std::vector<PlanSummary> &plans);
    void selectPlan(PlanId id);
    PlanId selectedPlan() const;
    QTreeView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }
    QComboBox *sortBox() const { return m_sort; }

signals:
    void planActivated(accord::PlanId id);
    void newPlanRequested();
    void duplicateRequested(accord::PlanId id);
    void archiveRequested(accord::PlanId id);
    void deleteRequested(accord::PlanId id);

private:
    void showContextMenu(const QPoint &pos);
    void applySort();

    PortfolioModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_sort;
    QTreeView *m_view;
};

} // namespace accord
