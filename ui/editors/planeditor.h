// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace accord {

class PlanDocument;
class PlanTable;

// The centre of the window: a list of sections and, beside it, the page of the
// selected section (forms and tables from sectionCatalog()). Pages are built
// the first time they are shown.
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

signals:
    void pageChanged(int index);

private:
    QWidget *buildPage(int index);
    bool showFormField(FieldRef field);
    bool selectInTable(int pageIndex, std::size_t item, qint64 rowId, int column);

    PlanDocument *m_document;
    QListWidget *m_sections;
    QStackedWidget *m_pages;
};

} // namespace accord
