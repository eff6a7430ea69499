// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordform.h"

#include "palette.h"

#include "document/plandocument.h"
#include "fieldeditorfactory.h"
#include "rules/audiencefilter.h"
#include "text/fieldtext.h"

#include <QEvent>
#include <QFormLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace accord {

RecordForm::RecordForm(PlanDocument *document, const PlanTable &table,
    const std::vector<FieldRef> &fields, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(table)
    , m_error(new QLabel(this))
    , m_readOnly(document->isReadOnly())
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    outer->addLayout(form);
    for (const FieldRef &field : fields) {
        Q_ASSERT(field.table == &table);
        const FieldInfo &info = field.info();
        QWidget *editor = FieldEditorFactory::create(info, this, document->plan());
        editor->setObjectName(table.name() + u'.' + info.key);
        auto *label = new QLabel(info.translatedLabel() + u':', this);
        label->setBuddy(editor);
        if (AudienceFilter::isInternal(table, field.index)) {
            // What the customer never sees is marked where it is written.
            label->setText(tr("%1 (internal):").arg(info.translatedLabel()));
            label->setObjectName(QStringLiteral("internalLabel"));
            label->setToolTip(FieldText::internalNote());
            label->setStyleSheet(QStringLiteral("color: %1; font-style: italic;")
                                     .arg(Palette::muted().darker(130).name()));
        }
        form->addRow(label, editor);
        m_bindings.push_back({field.index, editor});
        const Binding binding = m_bindings.back();
        FieldEditorFactory::onCommit(editor, info, this, [this, binding] { commit(binding); });
        editor->installEventFilter(this);
    }
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(Palette::error().name()));
    m_error->hide();
    outer->addWidget(m_error);
    connect(document, &PlanDocument::changed, this, &RecordForm::onChanged);
    refresh();
}

void RecordForm::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    refresh();
}

void RecordForm::setRow(qint64 rowId)
{
    m_rowId = rowId;
    m_error->hide();
    refresh();
}

QWidget *RecordForm::editorFor(FieldRef field) const
{
    for (const Binding &b : m_bindings) {
        if (field.table == &m_table && b.field == field.index)
            return b.editor;
    }
    return nullptr;
}

void RecordForm::addDetail(FieldRef field, FieldRef detail)
{
    Q_ASSERT(field.table == &m_table && detail.table == &m_table);
    for (Binding &b : m_bindings) {
        if (b.field == field.index)
            b.detail = detail.index;
    }
    refresh();
}

qint64 RecordForm::currentRowId() const
{
    return m_table.isCollection() ? m_rowId : m_table.rowId(m_document->plan(), 0);
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    for (const Binding &b : m_bindings) {
        if (b.editor != watched)
            continue;
        if (event->type() == QEvent::ToolTip && m_lastChange)
            return showToolTip(b, event);
        // A paragraph commits when the user leaves it (its Enter is a new line).
        if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit *>(b.editor))
            commit(b);
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
            && b.editor->property("refused").toBool()) {
            refresh(); // cancel: the stored value again
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// The field's own tooltip (a detail, a refusal) with its last change under it.
bool RecordForm::showToolTip(const Binding &binding, QEvent *event)
{
    const auto *help = static_cast<QHelpEvent *>(event);
    const qint64 id = currentRowId();
    const QString last = m_table.indexOfRow(m_document->plan(), id) >= 0
        ? m_lastChange({&m_table, binding.field}, id)
        : QString();
    const QString text = FieldHistory::toolTip(binding.editor->toolTip(), last);
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, binding.editor);
    }
    return true;
}

void RecordForm::commit(const Binding &binding)
{
    if (m_updating)
        return;
    const qint64 id = currentRowId();
    const int row = m_table.indexOfRow(m_document->plan(), id);
    if (row < 0)
        return;
    const FieldInfo &info = m_table.fields()[std::size_t(binding.field)];
    bool ok = true;
    QString error;
    const QVariant value = FieldEditorFactory::value(binding.editor, info, &ok, &error);
    if (!ok) {
        showError(binding.editor, error);
        return;
    }
    if (value == m_table.value(m_document->plan(), row, binding.field)) {
        clearError(binding);
        return;
    }
    const Result<void> done = m_document->set({&m_table, binding.field}, id, value);
    if (done)
        clearError(binding);
    else
        showError(binding.editor, done.error()); // what was typed stays, to be corrected
}

void RecordForm::showError(QWidget *editor, const QString &message)
{
    editor->setProperty("refused", true);
    editor->setToolTip(message);
    editor->setStyleSheet(QStringLiteral("border: 2px solid %1;").arg(Palette::error().name()));
    m_error->setText(message);
    m_error->show();
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message, editor);
}

void RecordForm::clearError(const Binding &binding)
{
    QWidget *editor = binding.editor;
    if (!editor->property("refused").toBool())
        return;
    editor->setProperty("refused", false);
    showDetail(binding, m_table.indexOfRow(m_document->plan(), currentRowId()));
    editor->setStyleSheet(QString());
    if (std::none_of(m_bindings.begin(), m_bindings.end(),
            [](const Binding &b) { return b.editor->property("refused").toBool(); }))
        m_error->hide();
}

void RecordForm::showDetail(const Binding &binding, int row)
{
    if (binding.detail < 0 || binding.editor->property("refused").toBool())
        return;
    const QString text = row >= 0
        ? m_table.value(m_document->plan(), row, binding.detail).toString().trimmed()
        : QString();
    const FieldInfo &detail = m_table.fields()[std::size_t(binding.detail)];
    // Rich text, so what was written shows as written (tags included).
    binding.editor->setToolTip(text.isEmpty()
            ? QString()
            : QStringLiteral("<p>%1</p>")
                  .arg(tr("%1: %2").arg(
                      detail.translatedLabel().toHtmlEscaped(), text.toHtmlEscaped())));
}

void RecordForm::refresh()
{
    const PlanTable *t = &m_table;
    const int row = t->indexOfRow(m_document->plan(), currentRowId());
    m_updating = true;
    for (const Binding &b : m_bindings) {
        clearError(b);
        showDetail(b, row);
        b.editor->setEnabled(row >= 0);
        FieldEditorFactory::setReadOnly(b.editor, m_readOnly);
        const QVariant value = row >= 0 ? t->value(m_document->plan(), row, b.field) : QVariant();
        const QSignalBlocker blocker(b.editor);
        FieldEditorFactory::setValue(b.editor, t->fields()[std::size_t(b.field)], value);
    }
    m_updating = false;
}

void RecordForm::onChanged(const Change &change)
{
    if (change.table == &m_table
        && (change.kind != Change::Kind::SetValue || change.rowId == currentRowId()))
        refresh();
}

} // namespace accord
