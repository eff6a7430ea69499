// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddelegate.h"

#include "document/plandocument.h"
#include "fieldeditorfactory.h"
#include "models/plantablemodel.h"
#include "peoplelist.h"

namespace accord {

FieldDelegate::FieldDelegate(PlanTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget *FieldDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int f = m_model->table().fieldIndex(m_model->fieldKey(index.column()));
    if (f < 0)
        return nullptr;
    const FieldInfo &field = m_model->table().fields()[std::size_t(f)];
    QWidget *editor = FieldEditorFactory::create(
        field, parent, PeopleList::of(m_model->document()->plan()), true);
    editor->setAutoFillBackground(true);
    return editor;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const int f = m_model->table().fieldIndex(m_model->fieldKey(index.column()));
    FieldEditorFactory::setValue(
        editor, m_model->table().fields()[std::size_t(f)], index.data(Qt::EditRole));
}

void FieldDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const int f = m_model->table().fieldIndex(m_model->fieldKey(index.column()));
    const FieldInfo &field = m_model->table().fields()[std::size_t(f)];
    bool ok = true;
    QString error;
    const QVariant value = FieldEditorFactory::value(editor, field, &ok, &error);
    if (!ok) {
        emit refused(error);
        return;
    }
    if (index.data(Qt::EditRole) != value)
        model->setData(index, value, Qt::EditRole);
}

} // namespace accord
