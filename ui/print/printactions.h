// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/documentfigures.h"

#include "report/reportoptions.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace accord {

struct Plan;

// File ▸ Export PDF…, Print preview… and Print… for the open plan, all drawn by
// the one document renderer (ui/render/document). `currentPlan` returns the open
// plan, or null when none is open (the actions are then disabled).
class PrintActions : public QObject {
    Q_OBJECT

public:
    PrintActions(
        QWidget *window, std::function<const Plan *()> currentPlan, DocumentFigures figures = {});

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
    std::function<const Plan *()> m_currentPlan;
    DocumentFigures m_figures;
    QAction *m_exportPdf;
    QAction *m_preview;
    QAction *m_print;
};

} // namespace accord
