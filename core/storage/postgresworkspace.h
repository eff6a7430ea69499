// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveraddress.h"
#include "sqlworkspace.h"

#include <memory>

namespace accord {

// A team workspace on a PostgreSQL server, through Qt's QPSQL driver: the same
// tables and SQL as a file (SqlDialect covers the differences). open() refuses a
// database that holds someone else's tables or a newer format without touching
// it, and an empty one unless asked to set it up (accord admin init); it upgrades
// an older format itself, each step in one transaction, one program at a time.
class PostgresWorkspace final : public SqlWorkspace {
public:
    struct Options {
        int connectTimeoutSeconds = 10;
        bool initialize = false; // set up an empty database (accord admin init)
        int targetSchema = -1; // tests: stop at an older format
    };

    static Result<std::unique_ptr<PostgresWorkspace>> open(
        const ServerAddress &address, const Options &options);
    static Result<std::unique_ptr<PostgresWorkspace>> open(const ServerAddress &address)
    {
        return open(address, Options {});
    }

    // The error open() gives when the server asked for a password none was given
    // for: the window asks for one and tries again.
    static bool needsPassword(const Error &error);

    const ServerAddress &address() const { return m_address; }
    QString location() const override { return m_address.display(); }
    bool isServer() const override { return true; }
    Result<QString> backup(const QString &reason) override;
    QString check(bool full = false) override;
    Result<void> ping() override;

protected:
    Result<void> beginWrite(SqlTransaction &transaction) override;
    bool revive() override;
    Error unreachable() const override;

private:
    PostgresWorkspace(ServerAddress address, QSqlDatabase db);
    Result<void> prepareSchema(const Options &options);

    ServerAddress m_address;
};

} // namespace accord
