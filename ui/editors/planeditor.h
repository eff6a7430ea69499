// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/fieldhistory.h"
#include "model/fieldref.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace accord {

class PlanDocument;
class PlanTable;

// The centre of the window: a list of sections and, beside it, the page of the
// selected section (forms and tables from sectionCatalog()). Pages are built
// the first time they are shown. A plan this user may not change shows a banner
// saying why, and its fields and tables read-only.
class PlanEditor : public QWidget {
    Q_OBJECT

public:
    explicit PlanEditor(PlanDocument *document, QWidget *parent = nullptr);

    PlanDocument *document() const { return m_document; }
    int pageCount() const;
    int currentPage() const;
    void showPage(int index);
    bool showPage(const QString &id);
    QString pageId(int index) const;
    QWidget *page(int index); // built on demand
    // Shows the page of a table (one not following another) and selects the row.
    bool showRow(const PlanTable &table, qint64 rowId);
    // Shows a field of a row wherever the editor has it (a form, a table, or a
    // table that follows another, whose rows are selected first) and focuses it.
    bool showField(FieldRef field, qint64 rowId);

    // Shows the document's read-only state (PlanDocument::isReadOnly()): the
    // banner and every field and table built so far; pages built later follow it.
    void updateReadOnly();
    QString readOnlyText() const; // the banner's text; empty while it is hidden
    // Where fields and cells read their last change for their tooltips.
    void setLastChange(LastChangeLookup lookup);

signals:
    void pageChanged(int index);

private:
    QWidget *buildPage(int index);
    bool showFormField(FieldRef field);
    bool selectInTable(int pageIndex, std::size_t item, qint64 rowId, int column);

    PlanDocument *m_document;
    QListWidget *m_sections;
    QStackedWidget *m_pages;
    QLabel *m_readOnly;
    LastChangeLookup m_lastChange;
};

} // namespace accord
