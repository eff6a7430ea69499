// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"
#include "model/id.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace accord {

// The change history of a workspace (table change_log): one entry per committed
// edit, written inside the edit's own transaction, so an edit without its entry
// (or the other way round) cannot be. Who: the database login on a server, the
// computer's user on a file.
class ChangeLog {
public:
    explicit ChangeLog(QSqlDatabase db);
    ~ChangeLog();
    ChangeLog(const ChangeLog &) = delete;
    ChangeLog &operator=(const ChangeLog &) = delete;

    // Appends the entry for one change of plan: before and after are the field's
    // stored values (a value set), nothing for rows added, removed or moved.
    Result<void> record(
        PlanId plan, const Change &change, const QVariant &before = {}, const QVariant &after = {});

    struct Entry {
        QString login;
        QDateTime at; // UTC
    };
    // Who last changed one field of one row, and when; nullopt when nobody has.
    std::optional<Entry> lastChange(PlanId plan, const Change &change);

    // A stored value as the history keeps it.
    static QString text(const QVariant &value);

private:
    QString login();

    QSqlDatabase m_db;
    QString m_login;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace accord
