// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace accord {

// Makes Ctrl+Z (and Ctrl+Shift+Z) mean the plan everywhere in a window: a text
// field, spin box or picker keeps the keys only while it holds typing of its own
// that it can undo (not yet stored); otherwise they go to Edit ▸ Undo and Redo,
// whichever field has the focus. Without this, a field that was just stored, or
// a what-if spin box after "Apply", would swallow the keys and undo its own text
// while the plan stays as it is.
class UndoShortcutRouter : public QObject {
    Q_OBJECT

public:
    explicit UndoShortcutRouter(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace accord
