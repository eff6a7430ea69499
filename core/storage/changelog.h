// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"
#include "model/changeentry.h"
#include "model/id.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace accord {

// The change history of a workspace (table change_log): entries are only ever
// appended, each inside the transaction of what it records, so an edit without
// its entry (or the other way round) cannot be. Who: the database login on a
// server, the computer's user on a file, with their display name (the team's
// person table, or the user's full name on this computer).
class ChangeLog {
public:
    explicit ChangeLog(QSqlDatabase db);
    ~ChangeLog();
    ChangeLog(const ChangeLog &) = delete;
    ChangeLog &operator=(const ChangeLog &) = delete;

    // The entry for one change of plan: before and after are the field's stored
    // values (a value set) or a moved row's places (from 0); rowName names a row
    // added or removed. An added sign-off is a SignOff entry.
    Result<void> record(PlanId plan, const Change &change, const QVariant &before = {},
        const QVariant &after = {}, const QString &rowName = {});
    // An entry for the whole plan (created, imported, deleted…).
    Result<void> recordPlan(PlanId plan, ChangeEntry::Kind kind, const QString &oldValue = {},
        const QString &newValue = {});
    // Entries kept as they are (a workspace copied): who and when stay theirs.
    Result<void> append(const ChangeEntry &entry, PlanId plan);

    // The plan's entries, newest first, one at a time.
    Result<void> read(PlanId plan, const ChangeFilter &filter,
        const std::function<void(const ChangeEntry &)> &each);
    // The last change of one field of one row; nullopt when nobody has changed it.
    std::optional<ChangeEntry> lastChange(PlanId plan, const Change &change);

    // A stored value as the history keeps it.
    static QString text(const QVariant &value);
    // A row's name as the history keeps it (its name field, or its first text).
    static QString rowName(const PlanTable &table, const RowData &row);

private:
    void identify();
    Result<void> insert(PlanId plan, const QDateTime &at, const QString &login, const QString &name,
        ChangeEntry::Kind kind, const QString &table, qint64 rowId, const QString &field,
        const QString &oldValue, const QString &newValue);

    QSqlDatabase m_db;
    QString m_login;
    QString m_name;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace accord
