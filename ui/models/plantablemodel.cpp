// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantablemodel.h"

#include "document/plandocument.h"
#include "model/plan.h"
#include "rules/audiencefilter.h"
#include "text/fieldtext.h"
#include "text/rowlabel.h"

#include <QFont>
#include <QMimeData>

namespace accord {

namespace {

const QString kMimeType = QStringLiteral("application/x-accord-row-ids");

} // namespace

PlanTableModel::PlanTableModel(PlanDocument *document, const PlanTable &table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(&table)
{
    Q_ASSERT(m_table->isCollection());
    setColumns({});
    m_ids = visibleIds();
    connect(document, &PlanDocument::aboutToChange, this, &PlanTableModel::onAboutToChange);
    connect(document, &PlanDocument::changed, this, &PlanTableModel::onChanged);
}

void PlanTableModel::setParentFilter(FieldRef field, qint64 id)
{
    Q_ASSERT(field.table == m_table);
    beginResetModel();
    m_filterField = field.index;
    m_filterId = id;
    m_ids = visibleIds();
    endResetModel();
    if (m_fields.size() == m_table->fields().size())
        setColumns({});
}

void PlanTableModel::setColumns(const std::vector<FieldRef> &fields)
{
    beginResetModel();
    m_fields.clear();
    if (fields.empty()) {
        for (int f = 0; f < int(m_table->fields().size()); ++f) {
            if (f != m_filterField)
                m_fields.push_back(f);
        }
    }
    for (const FieldRef &field : fields) {
        Q_ASSERT(field.table == m_table);
        m_fields.push_back(field.index);
    }
    endResetModel();
}

std::vector<qint64> PlanTableModel::visibleIds() const
{
    std::vector<qint64> ids;
    if (!m_document)
        return ids;
    const Plan &plan = m_document->plan();
    const int filter = m_filterField;
    if (filter >= 0 && m_filterId == 0)
        return ids; // no parent row chosen: nothing to show
    for (int r = 0; r < m_table->rowCount(plan); ++r) {
        if (filter >= 0 && m_table->value(plan, r, filter).toLongLong() != m_filterId)
            continue;
        ids.push_back(m_table->rowId(plan, r));
    }
    return ids;
}

FieldRef PlanTableModel::field(int column) const
{
    return column >= 0 && column < int(m_fields.size())
        ? FieldRef {m_table, m_fields[std::size_t(column)]}
        : FieldRef {};
}

int PlanTableModel::columnOf(FieldRef field) const
{
    if (field.table != m_table)
        return -1;
    const auto it = std::find(m_fields.begin(), m_fields.end(), field.index);
    return it == m_fields.end() ? -1 : int(it - m_fields.begin());
}

qint64 PlanTableModel::rowId(int row) const
{
    return row >= 0 && row < int(m_ids.size()) ? m_ids[std::size_t(row)] : 0;
}

int PlanTableModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

int PlanTableModel::planIndexOf(int row) const
{
    return m_document ? m_table->indexOfRow(m_document->plan(), rowId(row)) : -1;
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QString PlanTableModel::refCaption(const FieldInfo &field, qint64 id) const
{
    return id > 0 ? RowLabel::ofReferenced(m_document->plan(), field, id) : QString();
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= rowCount()
        || index.column() >= columnCount())
        return {};
    const int planRow = planIndexOf(index.row());
    const int field = m_fields[std::size_t(index.column())];
    const FieldInfo &info = m_table->fields()[std::size_t(field)];
    const QVariant value = m_table->value(m_document->plan(), planRow, field);
    switch (role) {
    case Qt::DisplayRole:
        if (info.kind == FieldKind::Bool)
            return {};
        return info.kind == FieldKind::Ref ? refCaption(info, value.toLongLong())
                                           : FieldText::display(info, value);
    case Qt::EditRole:
        return value;
    case Qt::CheckStateRole:
        return info.kind == FieldKind::Bool ? QVariant(value.toBool() ? Qt::Checked : Qt::Unchecked)
                                            : QVariant();
    case Qt::ToolTipRole:
        return info.kind == FieldKind::LongText || info.kind == FieldKind::StringList
            ? FieldText::display(info, value)
            : QVariant();
    case RowIdRole:
        return rowId(index.row());
    case Qt::TextAlignmentRole:
        if (info.kind == FieldKind::Integer || info.kind == FieldKind::OptInteger
            || info.kind == FieldKind::Real || info.kind == FieldKind::OptReal
            || info.kind == FieldKind::Money)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    const FieldInfo &info = m_table->fields()[std::size_t(m_fields[std::size_t(section)])];
    if (role == Qt::DisplayRole)
        return info.translatedLabel();
    if (role == FieldKeyRole)
        return info.key;
    // An internal column: italic, with a tooltip saying the customer never sees it.
    const bool internal = AudienceFilter::isInternal(*m_table, m_fields[std::size_t(section)]);
    if (internal && role == Qt::ToolTipRole)
        return FieldText::internalNote();
    if (internal && role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    const FieldInfo &info = m_table->fields()[std::size_t(m_fields[std::size_t(index.column())])];
    return info.kind == FieldKind::Bool ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

bool PlanTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid())
        return false;
    QVariant v = value;
    if (role == Qt::CheckStateRole)
        v = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    return m_document->set(field(index.column()), rowId(index.row()), v).ok();
}

bool PlanTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || count != 1 || row < 0 || row > rowCount())
        return false;
    // The plan index after the visible row before it (or before the visible row at `row`).
    const Plan &plan = m_document->plan();
    int position = m_table->rowCount(plan);
    if (row < rowCount())
        position = planIndexOf(row);
    else if (row > 0)
        position = planIndexOf(row - 1) + 1;
    std::vector<std::pair<FieldRef, QVariant>> values;
    if (m_filterField >= 0)
        values.push_back({{m_table, m_filterField}, m_filterId});
    // A measurement is taken when it is entered: it starts dated today.
    if (m_table == &tableOf<Measurement>())
        values.push_back({fieldOf<&Measurement::date>(), QDate::currentDate()});
    return m_document->insertRow(*m_table, position, values).ok();
}

bool PlanTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_document || parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    std::vector<qint64> ids(m_ids.begin() + row, m_ids.begin() + row + count);
    for (qint64 id : ids) {
        if (!m_document->removeRow(*m_table, id))
            return false;
    }
    return true;
}

bool PlanTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_document || sourceParent.isValid() || destinationParent.isValid() || count != 1
        || sourceRow < 0 || sourceRow >= rowCount() || destinationChild < 0
        || destinationChild > rowCount())
        return false;
    // destinationChild is the row before which it lands (Qt's convention).
    const int target = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (target == sourceRow)
        return true;
    return m_document->moveRow(*m_table, rowId(sourceRow), planIndexOf(target)).ok();
}

QStringList PlanTableModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *PlanTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMimeType, QByteArray::number(rowId(indexes.first().row())));
    return data;
}

bool PlanTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMimeType))
        return false;
    const int source = rowOf(data->data(kMimeType).toLongLong());
    const int destination = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (source < 0)
        return false;
    moveRows({}, source, 1, {}, destination);
    return false; // the move is done; the view must not remove the source row itself
}

void PlanTableModel::onAboutToChange(const Change &change)
{
    if (change.table != m_table)
        return;
    const bool filterEdit = change.kind == Change::Kind::SetValue && m_filterField >= 0
        && change.field == m_filterField;
    m_resetting = change.kind == Change::Kind::InsertRow || change.kind == Change::Kind::RemoveRow
        || filterEdit;
    if (m_resetting) {
        const int row = rowOf(change.rowId);
        if (change.kind == Change::Kind::RemoveRow && row >= 0) {
            beginRemoveRows({}, row, row);
            return;
        }
        beginResetModel();
    } else if (change.kind == Change::Kind::MoveRow) {
        emit layoutAboutToBeChanged();
    }
}

void PlanTableModel::onChanged(const Change &change)
{
    if (change.table != m_table)
        return;
    if (change.kind == Change::Kind::RemoveRow && m_resetting && rowOf(change.rowId) >= 0
        && visibleIds().size() < m_ids.size()) {
        m_ids = visibleIds();
        m_resetting = false;
        endRemoveRows();
        return;
    }
    if (m_resetting) {
        m_ids = visibleIds();
        m_resetting = false;
        endResetModel();
        return;
    }
    if (change.kind == Change::Kind::MoveRow) {
        const QModelIndexList before = persistentIndexList();
        std::vector<qint64> beforeIds;
        for (const QModelIndex &i : before)
            beforeIds.push_back(rowId(i.row()));
        m_ids = visibleIds();
        QModelIndexList after;
        for (std::size_t i = 0; i < beforeIds.size(); ++i)
            after << index(rowOf(beforeIds[i]), before[qsizetype(i)].column());
        changePersistentIndexList(before, after);
        emit layoutChanged();
        return;
    }
    const int row = rowOf(change.rowId);
    const int column = columnOf(change.fieldRef());
    if (row >= 0 && column >= 0)
        emit dataChanged(index(row, column), index(row, column));
}

} // namespace accord
