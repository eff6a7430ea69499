// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <array>
#include <map>
#include <vector>

namespace accord {

struct FieldInfo;
struct Plan;
class PlanTable;

// A change history entry in words, for the History panel, a field's last change
// and `accord log`: "Lisa Park moved the Target date of “Data sources
// connected” from 15 Nov 2026 to 1 Dec 2026". One ChangeText words the entries
// of one plan: it looks up each table, field, row name and sentence once, so
// a history of a hundred thousand entries is worded in a blink.
class ChangeText {
    Q_DECLARE_TR_FUNCTIONS(accord::ChangeText)

public:
    // Names of rows that are gone, from the entries that added or removed them.
    using RowNames = std::map<std::pair<QString, qint64>, QString>;
    static RowNames rowNames(const std::vector<ChangeEntry> &entries);

    // The plan (as it is now) names the rows that still exist; gone names the
    // others. Both must outlive this ChangeText; either may be null.
    explicit ChangeText(const Plan *plan = nullptr, const RowNames *gone = nullptr);

    // The whole sentence, beginning with who.
    QString describe(const ChangeEntry &entry) const;
    // The same without who: "moved the Target date of …".
    QString what(const ChangeEntry &entry) const;

    // The section of the plan the entry is in ("Milestones"), "Plan" for
    // whole-plan entries.
    static QString section(const ChangeEntry &entry);
    // The field's label ("Target date"), empty when the entry is of no field.
    static QString field(const ChangeEntry &entry);
    // A stored value as people read it: dates as "15 Nov 2026", enum keys by their
    // labels; "(empty)" for nothing.
    static QString value(const ChangeEntry &entry, const QString &stored);

private:
    enum class Sentence {
        Of,
        Set,
        SetDate,
        Cleared,
        ClearedDate,
        Moved,
        Changed,
        Added,
        Removed,
        MovedTo,
        MovedFromTo,
        SignedOff,
        SignedOffBy,
        Created,
        Imported,
        Restored,
        RestoredFrom,
        Copied,
        Saved,
        Deleted,
        Existing,
        Team,
        TeamWith,
        Count
    };
    // What one table and field of the entries is: looked up once.
    struct Target {
        const PlanTable *table = nullptr;
        const FieldInfo *field = nullptr;
        QString section;
        QString label;
    };

    const QString &sentence(Sentence which) const;
    const Target &targetOf(const ChangeEntry &entry) const;
    QString rowOf(const ChangeEntry &entry, const PlanTable &table) const;
    QString valueOf(const Target &target, const QString &stored) const;

    const Plan *m_plan;
    const RowNames *m_gone;
    QLocale m_locale;
    mutable std::array<QString, std::size_t(Sentence::Count)> m_sentences;
    mutable QHash<std::pair<QString, QString>, Target> m_targets;
    mutable std::pair<QString, QString> m_lastKey; // entries in a row are mostly of one field
    mutable Target m_last;
    mutable QHash<std::pair<const PlanTable *, qint64>, QString> m_rows;
};

} // namespace accord
