// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace accord {

// One entry of a plan's change history, as the workspace keeps it: who, when,
// what. Values are text as the history stores them (dates YYYY-MM-DD, lists
// joined with "; ").
struct ChangeEntry {
    // What happened. A value set, a row added, removed or moved are edits of the
    // plan; the others stand for the whole plan, one entry each.
    enum class Kind {
        Set, // field of row row_id of table: old value → new value
        Insert, // a row added (new value: its name)
        Remove, // a row removed (old value: its name)
        Move, // a row moved (old and new value: its place, from 1)
        SignOff, // a sign-off recorded (new value: who signed, which version)
        Create, // the plan made (new value: its title)
        Import, // the plan imported from a file (new value: its title)
        Restore, // the plan brought back (from a backup, or a delete undone)
        Copy, // the plan copied in from another workspace
        Save, // the plan's whole content replaced at once
        Delete, // the plan deleted (old value: its title)
        Team, // its account's owner and team changed (values: "owner; member; …")
        Existing, // the content a plan had before its history began
    };

    qint64 id = 0;
    PlanId plan;
    QDateTime at; // UTC
    QString login;
    QString name; // the writer's display name when they wrote; empty: not known
    Kind kind = Kind::Set;
    QString table; // PlanTable::name(), "plan" for whole-plan entries
    qint64 rowId = 0;
    QString field; // FieldInfo::key, Set only
    QString oldValue;
    QString newValue;

    // The display name, or the login when there is none.
    QString who() const { return name.isEmpty() ? login : name; }

    static QString kindKey(Kind kind); // "set", "sign-off"…: as stored and in JSON
    static std::optional<Kind> kindOf(const QString &key);
};

// Which entries to read: all of a plan's when nothing is set. Dates are days in
// local time, both ends included.
struct ChangeFilter {
    QString login; // only this login's
    QStringList tables; // only entries of these tables (a section of the plan)
    QDate since;
    QDate until;
    qint64 rowId = 0; // with one table and field: one field of one row
    QString field;
    std::vector<ChangeEntry::Kind> kinds; // only entries of these kinds; empty: all
    int limit = 0; // the newest this many; 0: all
};

} // namespace accord
