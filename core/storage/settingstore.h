// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <utility>
#include <vector>

namespace accord {

// The workspace's and the plans' settings (PlanRepository::setting) in their tables
// workspace_setting and plan_setting. Writes belong to the caller's transaction.
class SettingStore {
public:
    explicit SettingStore(QSqlDatabase db);

    Result<QString> read(const QString &key, PlanId plan) const;
    Result<void> write(const QString &key, const QString &value, PlanId plan);
    // Every setting of the workspace (no plan) or of one plan, by key.
    Result<std::vector<std::pair<QString, QString>>> all(PlanId plan) const;

private:
    QSqlDatabase m_db;
};

} // namespace accord
