// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddelegate.h"

#include "document/plandocument.h"
#include "fieldeditorfactory.h"
#include "models/plantablemodel.h"
#include "refpicker.h"
#include "rules/fieldvalidator.h"

#include <QKeyEvent>
#include <QToolTip>

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
    m_editing = index;
    // A name chosen from a reference picker's list is the whole edit.
    if (auto *picker = qobject_cast<RefPicker *>(editor)) {
        connect(picker, &RefPicker::picked, this, [this, picker] {
            if (const QString message = problem(picker); !message.isEmpty())
                return emit refused(message);
            emit const_cast<FieldDelegate *>(this)->commitData(picker);
            emit const_cast<FieldDelegate *>(this)->closeEditor(picker);
        });
    }
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

bool FieldDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (m_model->document() && m_model->document()->isReadOnly())
        return false;
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QString FieldDelegate::problem(QWidget *editor) const
{
    if (!m_editing.isValid())
        return {};
    const FieldRef ref = m_model->field(m_editing.column());
    bool ok = true;
    QString error;
    const QVariant value = FieldEditorFactory::value(editor, ref.info(), &ok, &error);
    if (!ok)
        return error;
    const Plan &plan = m_model->document()->plan();
    const Result<void> allowed
        = FieldValidator::check(plan, Change::set(ref, m_model->rowId(m_editing.row()), value));
    return allowed ? QString() : allowed.error();
}

bool FieldDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool commits = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
            || key == Qt::Key_Backtab;
        if (commits) {
            if (const QString message = problem(editor); !message.isEmpty()) {
                emit refused(message);
                QToolTip::showText(
                    editor->mapToGlobal(QPoint(0, editor->height())), message, editor);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace accord
