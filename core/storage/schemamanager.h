// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>

#include <functional>

namespace accord {

// Brings a workspace's schema to WorkspaceFile::kSchemaVersion: ordered steps
// keyed on PRAGMA user_version, each in its own BEGIN IMMEDIATE transaction.
// The caller backs the file up before calling upgrade() on an existing workspace.
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

    // Runs after step N's SQL, inside its transaction (data backfills).
    using StepHook = std::function<Result<void>(QSqlDatabase &)>;
    void setHook(int version, StepHook hook);

private:
    Result<void> runStep(int version);

    QSqlDatabase m_db;
    std::vector<std::pair<int, StepHook>> m_hooks;
};

} // namespace accord
