// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/fieldhistory.h"
#include "model/fieldref.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace accord {

class PlanDocument;
struct Change;
struct FieldInfo;

// A form (QFormLayout) for chosen fields of one row: the plan's header, its
// account, or one row of a collection. Each field commits when the user
// finishes editing it, as one undoable edit. A refused value keeps what was
// typed, marked, with the reason at the field (its tooltip) and under the form,
// until it is corrected; Escape puts the stored value back. A field's tooltip
// says who changed it last (read when it shows). A read-only plan's fields can
// be read and copied, not changed.
class RecordForm : public QWidget {
    Q_OBJECT

public:
    RecordForm(PlanDocument *document, const PlanTable &table, const std::vector<FieldRef> &fields,
        QWidget *parent = nullptr);

    // Which row of the table the form edits (collections; plan/account follow the plan).
    void setRow(qint64 rowId);
    qint64 row() const { return m_rowId; }
    QWidget *editorFor(FieldRef field) const;
    // Shows detail's text (when there is any) as the tooltip of field's editor.
    void addDetail(FieldRef field, FieldRef detail);
    // Where a field's last change is read from (none: tooltips without it).
    void setLastChange(LastChangeLookup lookup) { m_lastChange = std::move(lookup); }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding {
        int field;
        QWidget *editor;
        int detail = -1; // field shown as the editor's tooltip
    };

    void commit(const Binding &binding);
    void refresh();
    void onChanged(const Change &change);
    void showError(QWidget *editor, const QString &message);
    void clearError(const Binding &binding);
    void showDetail(const Binding &binding, int row);
    bool showToolTip(const Binding &binding, QEvent *event);
    qint64 currentRowId() const;

    PlanDocument *m_document;
    const PlanTable &m_table;
    qint64 m_rowId = 0;
    std::vector<Binding> m_bindings;
    QLabel *m_error;
    bool m_updating = false;
    bool m_readOnly = false;
    LastChangeLookup m_lastChange;
};

} // namespace accord
