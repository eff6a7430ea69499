// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace accord {

class PlanDocument;
class PlanTable;

// One collection of a plan as a table: a thin adapter over PlanDocument. Reads
// come from the document's plan; setData(), row insertion, removal and moves
// push undoable commands. Optionally shows only the rows whose parent field
// (e.g. a metric's outcome) equals a given id.
class PlanTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int FieldKeyRole = Qt::UserRole + 1; // header: the field key
    static constexpr int RowIdRole = Qt::UserRole + 2; // the row's id

    PlanTableModel(PlanDocument *document, const PlanTable &table, QObject *parent = nullptr);

    // Only rows whose `field` equals id; new rows get that value. id 0 shows none.
    void setParentFilter(FieldRef field, qint64 id);
    // The columns to show (default: every field but the parent filter).
    void setColumns(const std::vector<FieldRef> &fields);

    const PlanTable &table() const { return *m_table; }
    PlanDocument *document() const { return m_document; }
    FieldRef field(int column) const; // invalid outside the columns
    int columnOf(FieldRef field) const; // -1 when not shown
    qint64 rowId(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

private:
    void onAboutToChange(const Change &change);
    void onChanged(const Change &change);
    std::vector<qint64> visibleIds() const;
    int planIndexOf(int row) const;
    QString refCaption(const FieldInfo &field, qint64 id) const;

    PlanDocument *m_document;
    const PlanTable *m_table;
    int m_filterField = -1;
    qint64 m_filterId = 0;
    std::vector<int> m_fields; // field indexes shown as columns
    std::vector<qint64> m_ids; // visible rows, in plan order
    bool m_resetting = false;
};

} // namespace accord
