// SPDX-License-Identifier: GPL-3.0-or-later
#include "refpicker.h"

#include "model/plan.h"
#include "model/plantable.h"
#include "text/rowlabel.h"

#include <QCompleter>
#include <QLineEdit>

namespace accord {

RefPicker::RefPicker(const FieldInfo &field, const Plan &plan, QWidget *parent)
    : QComboBox(parent)
{
    const PlanTable &table = referencedTable(field);
    m_tableLabel = table.label();
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItem(tr("(none)"), qlonglong(0));
    for (int row = 0; row < table.rowCount(plan); ++row) {
        const qint64 id = table.rowId(plan, row);
        addItem(RowLabel::of(plan, table, id), qlonglong(id));
    }
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("(none)"));
    // Queued: the line edit holds the chosen name once the completer is done.
    connect(completer(), qOverload<const QString &>(&QCompleter::activated), this,
        &RefPicker::picked, Qt::QueuedConnection);
    connect(this, &QComboBox::activated, this, &RefPicker::picked, Qt::QueuedConnection);
}

void RefPicker::setRowId(qint64 id)
{
    const int index = findData(qlonglong(id));
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(index == 0 ? QString() : itemText(index));
    } else {
        setCurrentIndex(-1);
        setEditText(QStringLiteral("#%1").arg(id));
    }
    lineEdit()->selectAll(); // typing replaces the name
}

Result<qint64> RefPicker::rowId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty() || text.compare(itemText(0), Qt::CaseInsensitive) == 0)
        return qint64(0);
    // The item whose name this is: exactly, else the only one it is a part of.
    int match = findText(text, Qt::MatchFixedString);
    if (match < 0) {
        for (int i = 1; i < count(); ++i) {
            if (!itemText(i).contains(text, Qt::CaseInsensitive))
                continue;
            if (match >= 0)
                return Error {tr("\"%1\" names more than one row of %2; choose one from the list.")
                                  .arg(text, m_tableLabel)};
            match = i;
        }
    }
    if (match < 0)
        return Error {
            tr("There is no \"%1\" in %2; choose one from the list.").arg(text, m_tableLabel)};
    return itemData(match).toLongLong();
}

} // namespace accord
