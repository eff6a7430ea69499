// SPDX-License-Identifier: GPL-3.0-or-later
#include "changehistorymodel.h"

#include "model/plantable.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace accord {

ChangeHistoryModel::ChangeHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChangeHistoryModel::setEntries(std::vector<ChangeEntry> entries, const Plan *plan)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_plan = plan;
    m_local.clear();
    m_local.reserve(m_entries.size());
    for (const ChangeEntry &e : m_entries)
        m_local.push_back(e.at.toLocalTime());
    entriesChanged();
    endResetModel();
}

void ChangeHistoryModel::setNewest(std::vector<ChangeEntry> newest, const QDate &since)
{
    beginResetModel();
    // Newest first: the entries of those days are the first ones.
    const auto kept = std::find_if(
        m_local.begin(), m_local.end(), [&](const QDateTime &at) { return at.date() < since; });
    const std::size_t cut = std::size_t(kept - m_local.begin());
    std::vector<QDateTime> local;
    local.reserve(newest.size() + m_local.size() - cut);
    for (const ChangeEntry &e : newest)
        local.push_back(e.at.toLocalTime());
    local.insert(local.end(), m_local.begin() + std::ptrdiff_t(cut), m_local.end());
    m_local = std::move(local);
    newest.insert(newest.end(), std::make_move_iterator(m_entries.begin() + std::ptrdiff_t(cut)),
        std::make_move_iterator(m_entries.end()));
    m_entries = std::move(newest);
    entriesChanged();
    endResetModel();
}

void ChangeHistoryModel::entriesChanged()
{
    m_gone = ChangeText::rowNames(m_entries);
    m_text = ChangeText(m_plan, &m_gone);
    m_what.assign(m_entries.size(), QString()); // rows may have other names now
    findPeople();
    findSections();
    m_shown.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (passes(i))
            m_shown.push_back(int(i));
    }
}

void ChangeHistoryModel::setFilter(const ChangeFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_shown.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (passes(i))
            m_shown.push_back(int(i));
    }
    endResetModel();
}

bool ChangeHistoryModel::passes(std::size_t i) const
{
    const ChangeEntry &e = m_entries[i];
    if (!m_filter.login.isEmpty() && e.login != m_filter.login)
        return false;
    if (!m_filter.tables.isEmpty() && !m_filter.tables.contains(e.table))
        return false;
    const QDate day = m_local[i].date();
    if (m_filter.since.isValid() && day < m_filter.since)
        return false;
    return !m_filter.until.isValid() || day <= m_filter.until;
}

const ChangeEntry &ChangeHistoryModel::entry(int row) const
{
    return m_entries[std::size_t(m_shown[std::size_t(row)])];
}

void ChangeHistoryModel::findPeople()
{
    std::map<QString, QString> names; // login → the newest name it wrote with
    for (const ChangeEntry &e : m_entries) {
        auto [it, added] = names.emplace(e.login, e.name);
        if (!added && it->second.isEmpty())
            it->second = e.name;
    }
    m_people.clear();
    for (const auto &[login, name] : names)
        m_people.push_back({login, name});
    std::sort(m_people.begin(), m_people.end(), [](const Person &a, const Person &b) {
        return QString::localeAwareCompare(a.who(), b.who()) < 0;
    });
}

void ChangeHistoryModel::findSections()
{
    std::map<QString, std::size_t> tableOrder; // table → its place among planTables()
    for (const PlanTable *t : planTables())
        tableOrder.emplace(t->name(), tableOrder.size());
    std::map<QString, bool> seen;
    std::vector<std::pair<std::size_t, SectionName>> found;
    for (const ChangeEntry &e : m_entries) {
        if (!seen.emplace(e.table, true).second)
            continue;
        const QString label = ChangeText::section(e);
        const auto order = tableOrder.find(e.table);
        const std::size_t place = order == tableOrder.end() ? tableOrder.size() : order->second;
        const auto same = std::find_if(
            found.begin(), found.end(), [&](const auto &f) { return f.second.label == label; });
        if (same != found.end()) {
            same->second.tables << e.table;
            same->first = std::min(same->first, place);
        } else {
            found.push_back({place, {label, {e.table}}});
        }
    }
    std::stable_sort(
        found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_sections.clear();
    for (auto &[place, section] : found)
        m_sections.push_back(std::move(section));
}

QDate ChangeHistoryModel::firstDay() const
{
    return m_local.empty() ? QDate() : m_local.back().date();
}

QDate ChangeHistoryModel::lastDay() const
{
    return m_local.empty() ? QDate() : m_local.front().date();
}

QString ChangeHistoryModel::dayText(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

QString ChangeHistoryModel::timeText(const QTime &time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}

QString ChangeHistoryModel::whenText(const QDateTime &local)
{
    return tr("%1 %2").arg(dayText(local.date()), timeText(local.time()));
}

const QString &ChangeHistoryModel::what(std::size_t i) const
{
    QString &text = m_what[i];
    if (text.isNull()) {
        text = m_text.what(m_entries[i]);
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
    }
    return text;
}

QString ChangeHistoryModel::details(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const ChangeEntry &e = entry(row);
    const QDateTime &at = m_local[std::size_t(m_shown[std::size_t(row)])];
    QString text
        = tr("%1 at %2: %3").arg(dayText(at.date()), timeText(at.time()), m_text.describe(e));
    if (e.kind == ChangeEntry::Kind::Set) {
        text += u'\n' + tr("Before: %1").arg(ChangeText::value(e, e.oldValue));
        text += u'\n' + tr("After: %1").arg(ChangeText::value(e, e.newValue));
    }
    return text;
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const std::size_t i = std::size_t(m_shown[std::size_t(index.row())]);
    const ChangeEntry &e = m_entries[i];
    if (role == Qt::ToolTipRole)
        return details(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return whenText(m_local[i]);
    case Who:
        return e.who();
    case Section:
        return ChangeText::section(e);
    case What:
        return what(i);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Section:
        return tr("Section");
    case What:
        return tr("What");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace accord
