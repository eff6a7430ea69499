// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddelegate.h"

#include "document/plandocument.h"
#include "fieldeditorfactory.h"
#include "models/plantablemodel.h"

namespace accord {

FieldDelegate::FieldDelegate(PlanTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget *FieldDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const FieldRef ref = m_model->field(index.column());
    if (!ref.isValid())
        return nullptr;
    const FieldInfo &field = ref.info();
    QWidget *editor = FieldEditorFactory::create(field, parent, m_model->document()->plan(), true);
    editor->setAutoFillBackground(true);
    return editor;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    FieldEditorFactory::setValue(
        editor, m_model->field(index.column()).info(), index.data(Qt::EditRole));
}

void FieldDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const FieldInfo &field = m_model->field(index.column()).info();
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
