// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>

#include <functional>

namespace accord {

// Brings a workspace's schema to WorkspaceFile::kSchemaVersion: the ordered
// steps after its format version (SqlDialect), on SQLite and PostgreSQL alike,
// all in one write transaction: a workspace is upgraded completely or stays in
// its old format. The steps' table changes run first, then their data steps
// (hooks), which use today's code and so need today's columns. The caller backs
// a file up before calling upgrade() on an existing workspace (a server's
// backups are the server's).
class SchemaManager {
public:
    enum class Outcome { UpToDate, Upgraded, NewerVersionIncompatible, SchemaError };
    struct Report {
        Outcome outcome = Outcome::UpToDate;
        int fromVersion = 0;
        int toVersion = 0;
        QString error;
    };

    explicit SchemaManager(QSqlDatabase db);

    static int currentVersion(QSqlDatabase db);
    // Upgrades to `target` (the latest by default; tests stop at older versions).
    Report upgrade(int target = -1);

    // Runs after every step's SQL, inside the upgrade's transaction, in the
    // order of the steps (data backfills).
    using StepHook = std::function<Result<void>(QSqlDatabase &)>;
    void setHook(int version, StepHook hook);

private:
    Result<void> runSteps(int from, int target);

    QSqlDatabase m_db;
    std::vector<std::pair<int, StepHook>> m_hooks;
};

} // namespace accord
