// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/documentfigures.h"

#include "export/exportformat.h"
#include "model/fieldref.h"
#include "model/plan.h"
#include "report/report.h"
#include "rules/planwarnings.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTimer;
class QVBoxLayout;

namespace accord {

// File ▸ Export PDF: who the document is for (the customer, or the internal version
// marked on every page), which sections, the paper, a blank form for a kickoff
// call, and the format (PDF, HTML, Markdown); next to it the document itself,
// drawn by the same renderer as the PDF, redrawn as the choices change, and the
// template text still to fill in (double-click: go to the field).
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const Plan &plan, const ReportOptions &initial, DocumentFigures figures,
        QWidget *parent = nullptr);

    ReportOptions options() const;
    void setOptions(const ReportOptions &options);
    ExportFormat::Kind format() const;

    // What the preview shows now.
    const Report &previewReport() const { return m_report; }
    int previewPageCount() const;

signals:
    void fieldRequested(FieldRef field, qint64 rowId);

private:
    QWidget *makeChoices();
    void fillPlaceholders();
    void updateSections();
    void schedulePreview();
    void renderPreview();

    const Plan m_plan;
    DocumentFigures m_figures;
    ReportOptions m_base; // what the dialog does not choose (today, the vendor's name)
    const std::vector<Warning> m_found; // the placeholders, as listed
    Report m_report;
    QButtonGroup *m_audience;
    QComboBox *m_format;
    QComboBox *m_paper;
    QCheckBox *m_blank;
    QListWidget *m_sections;
    QListWidget *m_placeholders;
    QLabel *m_placeholderNote;
    QVBoxLayout *m_pages;
    QLabel *m_pageCount;
    QTimer *m_previewTimer;
};

} // namespace accord
