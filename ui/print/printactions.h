// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/documentfigures.h"

#include "model/fieldref.h"
#include "report/reportoptions.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace accord {

struct Plan;

// File ▸ Export PDF… (ExportDialog: audience, sections, paper, format, preview),
// Print preview… and Print… for the open plan, all drawn by the one document
// renderer (ui/render/document) with the choice last made for the plan. `currentPlan` returns the
// open plan, or null when none is open (the actions are then disabled).
class PrintActions : public QObject {
    Q_OBJECT

public:
    // What the window offers the actions for the open plan: the document choice
    // remembered for it, keeping a new one, and going to a field (a placeholder).
    struct Hooks {
        std::function<ReportOptions()> loadChoice;
        std::function<void(const ReportOptions &)> saveChoice;
        std::function<void(FieldRef, qint64)> showField;
    };

    PrintActions(QWidget *window, std::function<const Plan *()> currentPlan,
        DocumentFigures figures = {}, Hooks hooks = {});

    void addTo(QMenu *menu);
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *printPreviewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }

    // The open plan's PDF to path; false with a message box on failure.
    bool exportPdf(const QString &path, const ReportOptions &options);
    // The open plan on printer; the number of pages printed.
    int printTo(QPrinter *printer) const;

private:
    void chooseAndExportPdf();
    void showPreview();
    void showPrintDialog();
    void updateEnabled();

    QWidget *m_window;
    int printTo(QPrinter *printer, const ReportOptions &options) const;
    // The remembered choice of the open plan (the defaults without hooks).
    ReportOptions rememberedChoice() const;

    std::function<const Plan *()> m_currentPlan;
    DocumentFigures m_figures;
    Hooks m_hooks;
    QAction *m_exportPdf;
    QAction *m_preview;
    QAction *m_print;
};

} // namespace accord
