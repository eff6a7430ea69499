// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace accord {

class PlanTableModel;

// Cell editors for a PlanTableModel, by field kind (FieldEditorFactory). A value
// the editor cannot read (e.g. malformed money) is refused and reported.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit FieldDelegate(PlanTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    void refused(const QString &message) const;

private:
    PlanTableModel *m_model;
};

} // namespace accord
