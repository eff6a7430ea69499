// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingstore.h"

#include "sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

namespace accord {

SettingStore::SettingStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QString> SettingStore::read(const QString &key, PlanId plan) const
{
    QSqlQuery q(m_db);
    const bool ofPlan = plan.value > 0;
    q.prepare(ofPlan
            ? QStringLiteral("SELECT value FROM plan_setting WHERE plan_id = ? AND key = ?")
            : QStringLiteral("SELECT value FROM workspace_setting WHERE key = ?"));
    if (ofPlan)
        q.addBindValue(plan.value);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read);
    return q.next() ? q.value(0).toString() : QString();
}

Result<std::vector<std::pair<QString, QString>>> SettingStore::all(PlanId plan) const
{
    QSqlQuery q(m_db);
    const bool ofPlan = plan.value > 0;
    q.prepare(ofPlan
            ? QStringLiteral("SELECT key, value FROM plan_setting WHERE plan_id = ? ORDER BY key")
            : QStringLiteral("SELECT key, value FROM workspace_setting ORDER BY key"));
    if (ofPlan)
        q.addBindValue(plan.value);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read);
    std::vector<std::pair<QString, QString>> settings;
    while (q.next())
        settings.emplace_back(q.value(0).toString(), q.value(1).toString());
    return settings;
}

Result<void> SettingStore::write(const QString &key, const QString &value, PlanId plan)
{
    QSqlQuery q(m_db);
    const bool ofPlan = plan.value > 0;
    if (value.isEmpty()) {
        q.prepare(ofPlan ? QStringLiteral("DELETE FROM plan_setting WHERE plan_id = ? AND key = ?")
                         : QStringLiteral("DELETE FROM workspace_setting WHERE key = ?"));
    } else {
        q.prepare(ofPlan
                ? QStringLiteral("INSERT INTO plan_setting (plan_id, key, value) VALUES (?, ?, ?) "
                                 "ON CONFLICT (plan_id, key) DO UPDATE SET value = excluded.value")
                : QStringLiteral("INSERT INTO workspace_setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    }
    if (ofPlan)
        q.addBindValue(plan.value);
    q.addBindValue(key);
    if (!value.isEmpty())
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
    return {};
}

} // namespace accord
