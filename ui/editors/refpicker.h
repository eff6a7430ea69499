// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QComboBox>

namespace accord {

struct FieldInfo;
struct Plan;

// The editor of a field that refers to another row (a milestone's phase and
// outcome, a metric's outcome, a use case's persona…): the rows of the referenced
// table by name, "none" first, with completion as you type (any part of a name,
// case-insensitive). The stored value is the chosen row's id; a typed name that
// names no row is refused with a message, never stored as something else.
class RefPicker : public QComboBox {
    Q_OBJECT

public:
    RefPicker(const FieldInfo &field, const Plan &plan, QWidget *parent = nullptr);

    void setRowId(qint64 id);
    // The id of the row the text names (0 for none), or why the text names none.
    Result<qint64> rowId() const;

signals:
    // A name was chosen from the list or the completion (Enter or a click): the
    // choice is complete, nothing more to type.
    void picked();

private:
    QString m_tableLabel;
};

} // namespace accord
