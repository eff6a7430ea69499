// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

// What a workspace file is, read from its 100-byte SQLite header before SQLite
// touches it, so that a file Accord must refuse is left byte-for-byte unchanged.
class WorkspaceFile {
public:
    static constexpr quint32 kApplicationId = 0x41434F52; // "ACOR"
    static constexpr int kSchemaVersion = 6;

    enum class State {
        Missing, // no file: a new workspace may be created here
        Empty, // zero bytes
        NotSqlite, // something else entirely
        Truncated, // shorter than its header says
        ForeignApp, // another application's database
        NewerSchema, // written by a newer Accord
        Unreadable, // permissions, a directory…
        Ok, // an Accord workspace this version can open (maybe after migrating)
    };

    static WorkspaceFile inspect(const QString &path);

    State state() const { return m_state; }
    int schemaVersion() const { return m_userVersion; }
    bool isOk() const { return m_state == State::Ok || m_state == State::Missing; }
    // Why the file is refused, as a sentence naming the file; empty when isOk().
    QString refusal() const { return m_refusal; }

private:
    State m_state = State::Missing;
    int m_userVersion = 0;
    QString m_refusal;
};

} // namespace accord
