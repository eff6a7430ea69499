// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeentry.h"
#include "text/changetext.h"

#include <QAbstractTableModel>

#include <vector>

namespace accord {

struct Plan;

// A plan's change history as a table, newest first: when (local time), who,
// the section and what was done, in words (ChangeText), with the values before
// and after as the tooltip. Read-only. It holds every entry once and shows those
// a filter lets through, so choosing a person, a section or days costs no read;
// the sentences are made only for the rows that are shown.
class ChangeHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Who, Section, What, ColumnCount };

    // Someone who wrote entries: their login, and the display name they wrote
    // with last (empty when none was known).
    struct Person {
        QString login;
        QString name;
        QString who() const { return name.isEmpty() ? login : name; }
    };
    // A section of the plan as the entries name it ("Milestones"), with the
    // tables it stands for.
    struct SectionName {
        QString label;
        QStringList tables;
    };

    explicit ChangeHistoryModel(QObject *parent = nullptr);

    // Every entry of a plan, newest first; plan (as it is now, it must outlive the
    // entries or be replaced with them) names the rows that still exist. The
    // filter stays.
    void setEntries(std::vector<ChangeEntry> entries, const Plan *plan);
    // Replaces the entries of the local day since and after with newest (what the
    // workspace holds from that day on), keeping the older ones: a plan's recent
    // changes read again without reading all of its history.
    void setNewest(std::vector<ChangeEntry> newest, const QDate &since);
    // Shows the entries of this login, of these tables and of these local days
    // (both ends included); rowId, field and limit are not used here.
    void setFilter(const ChangeFilter &filter);
    const ChangeFilter &filter() const { return m_filter; }

    int totalCount() const { return int(m_entries.size()); }
    const ChangeEntry &entry(int row) const;
    const std::vector<Person> &people() const { return m_people; } // by name
    const std::vector<SectionName> &sections() const { return m_sections; } // in the plan's order
    QDate firstDay() const; // the oldest entry's local day; invalid without entries
    QDate lastDay() const; // the newest entry's

    // The entry's whole sentence with the values before and after, as text.
    QString details(int row) const;
    // Times as the history shows them: "30 Nov 2026", "15:02" (the locale's short
    // time, without seconds).
    static QString dayText(const QDate &day);
    static QString timeText(const QTime &time);
    static QString whenText(const QDateTime &local); // "30 Nov 2026 15:02"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void entriesChanged(); // after m_entries and m_local: what follows from them
    bool passes(std::size_t entry) const;
    void findPeople();
    void findSections();
    const QString &what(std::size_t entry) const;

    std::vector<ChangeEntry> m_entries;
    std::vector<QDateTime> m_local; // of each entry
    std::vector<int> m_shown; // indexes into m_entries, newest first
    mutable std::vector<QString> m_what; // made when first shown
    ChangeText::RowNames m_gone;
    ChangeText m_text; // words them with the plan and m_gone
    std::vector<Person> m_people;
    std::vector<SectionName> m_sections;
    const Plan *m_plan = nullptr;
    ChangeFilter m_filter;
};

} // namespace accord
