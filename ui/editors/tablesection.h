// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/fieldhistory.h"
#include "model/fieldref.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace accord {

class PlanDocument;
class PlanTableModel;

// One collection of the plan as an editable table with a toolbar: add (Insert),
// remove (Delete), move up and down (Ctrl+Up/Down) and drag to reorder. A child
// section can follow the selected row (metrics of the selected outcome…). A
// cell's tooltip says who changed it last; a read-only plan's table can be read,
// selected and copied, not changed.
class TableSection : public QWidget {
    Q_OBJECT

public:
    TableSection(PlanDocument *document, const PlanTable &table, const QString &title,
        const std::vector<FieldRef> &columns = {}, QWidget *parent = nullptr);

    PlanTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 selectedRowId() const;
    // Shows only rows whose parentField equals the row selected in master.
    void followSelection(TableSection *master, FieldRef parentField);

    void selectRow(int row);
    void selectCell(int row, int column); // column -1: the first
    bool addRow();
    bool removeSelectedRow();
    bool moveSelectedRow(int delta);

    // Where a cell's last change is read from (none: tooltips without it).
    void setLastChange(LastChangeLookup lookup) { m_lastChange = std::move(lookup); }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void selectedRowChanged(qint64 rowId);

private:
    void showError(const QString &message);
    void updateButtons();
    void fitColumns();
    void fitHeight();
    bool showToolTip(QEvent *event);

    PlanDocument *m_document;
    PlanTableModel *m_model;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_error;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_readOnly = false;
    LastChangeLookup m_lastChange;
};

} // namespace accord
