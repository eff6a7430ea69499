// SPDX-License-Identifier: GPL-3.0-or-later
#include "undoshortcutrouter.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

namespace accord {

namespace {

// Whether the widget holds typing of its own, not yet stored, to undo (redo). A
// field shown afresh from the plan (setText, setPlainText) is not modified. A
// number is short to type again: its keys always go to the plan.
bool hasOwnHistory(QWidget *widget, bool redo)
{
    if (qobject_cast<QAbstractSpinBox *>(widget))
        return false;
    QLineEdit *line = qobject_cast<QLineEdit *>(widget);
    if (!line && qobject_cast<QComboBox *>(widget))
        line = static_cast<QComboBox *>(widget)->lineEdit();
    if (line)
        return !line->isReadOnly() && line->isModified()
            && (redo ? line->isRedoAvailable() : line->isUndoAvailable());
    const QTextDocument *text = nullptr;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        text = plain->isReadOnly() ? nullptr : plain->document();
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        text = rich->isReadOnly() ? nullptr : rich->document();
    return text && text->isModified() && (redo ? text->isRedoAvailable() : text->isUndoAvailable());
}

} // namespace

UndoShortcutRouter::UndoShortcutRouter(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool UndoShortcutRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return false;
    // Not accepted and not passed on: the window's shortcut takes the keys.
    return !hasOwnHistory(widget, redo);
}

} // namespace accord
