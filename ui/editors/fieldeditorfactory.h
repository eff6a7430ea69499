// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldinfo.h"

#include <QStringList>
#include <QVariant>

class QWidget;

namespace accord {

struct Plan;

// Editor widgets for one field, by its kind: date pickers with a calendar popup
// (empty allowed), combo boxes for every vocabulary, spin boxes with units for
// numbers, a money field, a person picker (stakeholders or free text), a picker
// of rows by name for references (RefPicker) and line-per-item lists. Shared by forms and table
// delegates.
class FieldEditorFactory {
public:
    // compact: a one-line editor for table cells (lists as "a; b"). The plan gives
    // the choices of person and reference pickers.
    static QWidget *create(
        const FieldInfo &field, QWidget *parent, const Plan &plan, bool compact = false);
    static void setValue(QWidget *editor, const FieldInfo &field, const QVariant &value);
    // The editor's value; an invalid QVariant with *ok = false when it cannot be read
    // (e.g. unparsable money), with the reason in *error.
    static QVariant value(
        QWidget *editor, const FieldInfo &field, bool *ok = nullptr, QString *error = nullptr);
    // The signal-free way to learn that the user finished editing: connects the
    // editor's "done" signal (editingFinished, activated, toggled…) to callback.
    static void onCommit(QWidget *editor, const FieldInfo &field, QObject *context,
        const std::function<void()> &callback);
    // A plan that may be read but not changed: text and money fields become
    // read-only (their text can still be selected and copied), every other editor
    // (dates, choices, numbers, check boxes, pickers) disabled. Call it after
    // setting whether the editor is enabled at all; false undoes only the first.
    static void setReadOnly(QWidget *editor, bool readOnly);
};

} // namespace accord
