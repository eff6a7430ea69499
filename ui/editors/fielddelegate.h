// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace accord {

class PlanTableModel;

// Cell editors for a PlanTableModel, by field kind (FieldEditorFactory). A value
// the editor cannot read (malformed money, an impossible date) or the plan does
// not accept (a weight of 150 %) is refused and reported, never stored changed.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit FieldDelegate(PlanTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // A plan read-only: no check box of a cell is toggled.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    // Enter and Tab commit only a value the plan accepts: otherwise the message is
    // shown at the cell and the editor stays open with what was typed (Escape
    // cancels).
    bool eventFilter(QObject *object, QEvent *event) override;

signals:
    void refused(const QString &message) const;

private:
    // Why the editor's value cannot be stored in the cell being edited; empty if it can.
    QString problem(QWidget *editor) const;

    PlanTableModel *m_model;
    mutable QPersistentModelIndex m_editing; // the cell whose editor is open
};

} // namespace accord
