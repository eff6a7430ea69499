// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/planrepository.h"

#include <QStandardItemModel>

namespace accord {

// Accounts and their plans, for the navigator: one row per account with its
// plans beneath; columns name, status, health, renewal. Sort keys are in
// SortRole; a plan row carries its id in PlanIdRole.
class PortfolioModel : public QStandardItemModel {
    Q_OBJECT

public:
    static constexpr int PlanIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    enum Column { NameColumn, StatusColumn, HealthColumn, RenewalColumn, ColumnCount };

    explicit PortfolioModel(QObject *parent = nullptr);

    void setPlans(const std::vector<PlanSummary> &plans);
    QModelIndex indexOfPlan(PlanId id) const;
    static QColor healthColour(std::optional<HealthLevel> level);
};

} // namespace accord
