// SPDX-License-Identifier: GPL-3.0-or-later
#include "printactions.h"

#include "exportdialog.h"

#include "document/pageframe.h"
#include "document/pdfexporter.h"
#include "document/planexport.h"
#include "document/reportprinter.h"
#include "model/plan.h"
#include "report/reportbuilder.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace accord {

PrintActions::PrintActions(QWidget *window, std::function<const Plan *()> currentPlan,
    DocumentFigures figures, Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_currentPlan(std::move(currentPlan))
    , m_figures(std::move(figures))
    , m_hooks(std::move(hooks))
    , m_exportPdf(new QAction(tr("Export &PDF…"), this))
    , m_preview(new QAction(tr("Print pre&view…"), this))
    , m_print(new QAction(tr("&Print…"), this))
{
    setObjectName(QStringLiteral("printActions"));
    m_exportPdf->setObjectName(QStringLiteral("actionExportPdf"));
    m_preview->setObjectName(QStringLiteral("actionPrintPreview"));
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_print->setShortcuts(QKeySequence::Print);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportPdf, &QAction::triggered, this, &PrintActions::chooseAndExportPdf);
    connect(m_preview, &QAction::triggered, this, &PrintActions::showPreview);
    connect(m_print, &QAction::triggered, this, &PrintActions::showPrintDialog);
    // The window's title names the open plan: it changes when a plan opens or closes.
    connect(window, &QWidget::windowTitleChanged, this, &PrintActions::updateEnabled);
    updateEnabled();
}

void PrintActions::addTo(QMenu *menu)
{
    menu->addAction(m_exportPdf);
    menu->addAction(m_preview);
    menu->addAction(m_print);
    // Enabled only with a plan open; checked again whenever the menu opens.
    connect(menu, &QMenu::aboutToShow, this, &PrintActions::updateEnabled);
}

void PrintActions::updateEnabled()
{
    const bool open = m_currentPlan() != nullptr;
    for (QAction *action : {m_exportPdf, m_preview, m_print})
        action->setEnabled(open);
}

bool PrintActions::exportPdf(const QString &path, const ReportOptions &options)
{
    const Plan *plan = m_currentPlan();
    if (!plan)
        return false;
    if (auto written = PdfExporter::write(*plan, path, options, m_figures); !written) {
        QMessageBox::warning(m_window, tr("Export PDF"), written.error());
        return false;
    }
    return true;
}

int PrintActions::printTo(QPrinter *printer) const
{
    return printTo(printer, rememberedChoice());
}

int PrintActions::printTo(QPrinter *printer, const ReportOptions &options) const
{
    const Plan *plan = m_currentPlan();
    if (!plan)
        return 0;
    const Report report = ReportBuilder::build(*plan, options);
    return ReportPrinter::print(printer, report, [&](const ReportBlock::Figure &place) {
        return m_figures.figureFor(*plan, place, options.today);
    });
}

ReportOptions PrintActions::rememberedChoice() const
{
    return m_hooks.loadChoice ? m_hooks.loadChoice() : ReportOptions();
}

void PrintActions::chooseAndExportPdf()
{
    const Plan *plan = m_currentPlan();
    if (!plan)
        return;
    ExportDialog dialog(*plan, rememberedChoice(), m_figures, m_window);
    if (m_hooks.showField)
        connect(&dialog, &ExportDialog::fieldRequested, this, m_hooks.showField);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportOptions options = dialog.options();
    if (m_hooks.saveChoice)
        m_hooks.saveChoice(options);
    const ExportFormat::Kind kind = dialog.format();
    QString name = plan->account.company.simplified();
    if (name.isEmpty())
        name = tr("Success plan");
    if (options.blank)
        name = tr("%1 (blank)").arg(name);
    else if (options.audience == Audience::Internal)
        name = tr("%1 (internal)").arg(name);
    name.replace(u'/', u'-');
    const QString suffix = ExportFormat::key(kind);
    const QString filter = kind == ExportFormat::Kind::Pdf ? tr("PDF (*.pdf)")
        : kind == ExportFormat::Kind::Html                 ? tr("HTML document (*.html)")
                                                           : tr("Markdown (*.md)");
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export document"), QDir::home().filePath(name + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (kind == ExportFormat::Kind::Pdf) {
        exportPdf(path, options);
        return;
    }
    if (auto written = PlanExport::write(*plan, {kind, options, {}}, path); !written)
        QMessageBox::warning(m_window, tr("Export document"), written.error());
}

void PrintActions::showPreview()
{
    if (!m_currentPlan())
        return;
    const ReportOptions options = rememberedChoice(); // once: the preview repaints often
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PageFrame::pageSize(options.paper));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
        [this, options](QPrinter *p) { printTo(p, options); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void PrintActions::showPrintDialog()
{
    if (!m_currentPlan())
        return;
    const ReportOptions options = rememberedChoice();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PageFrame::pageSize(options.paper));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print plan"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer, options);
}

} // namespace accord
