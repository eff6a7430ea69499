// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's File ▸ Import and Export (the rest of the class is in mainwindow.cpp).
#include "mainwindow.h"

#include "document/plandocument.h"
#include "document/planexport.h"
#include "io/csvmeasurementimporter.h"
#include "io/planio.h"
#include "storage/sqliteworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace accord {

void MainWindow::importFile()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QDir::homePath(),
        tr("Plans (*.yaml *.yml *.json);;Metric measurements of the open plan (*.csv)"));
    if (path.isEmpty())
        return;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        importMeasurements(path);
    else
        importPlan(path);
}

bool MainWindow::importPlan(const QString &path)
{
    ImportReport report;
    Result<Plan> plan = importPlanFile(path, &report);
    if (!plan) {
        showError(plan.error());
        return false;
    }
    if (!m_workspace->listPlans()->empty()) {
        if (auto saved = m_workspace->backup(QStringLiteral("before-import")); !saved)
            return showError(saved.error()), false;
    }
    auto stored = m_workspace->insertPlan(*plan, PlanOrigin::Imported);
    if (!stored)
        return showError(stored.error()), false;
    refreshPortfolio();
    openPlan(stored->id);
    if (!report.warnings.empty()) {
        QStringList lines;
        for (const Diagnostic &d : report.warnings)
            lines << d.toString();
        QMessageBox::information(this, tr("Imported with warnings"), lines.join(u'\n'));
    }
    return true;
}

bool MainWindow::importMeasurements(const QString &path)
{
    if (!m_document)
        return showError(tr("Open the plan the measurements belong to first.")), false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showError(tr("%1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())),
               false;
    auto rows = CsvMeasurementImporter::importCsv(
        m_document->plan(), file.readAll(), QFileInfo(path).fileName());
    if (!rows)
        return showError(rows.error()), false;
    std::vector<Change> changes;
    int position = int(m_document->plan().measurements.size());
    for (const Measurement &m : *rows)
        changes.push_back(Change::insert(position++, m));
    //: %n is the number of measurements
    const Result<void> done
        = m_document->edit(changes, tr("Import %n measurement(s)", nullptr, int(changes.size())));
    if (!done)
        showError(done.error());
    return done.ok();
}

void MainWindow::exportPlan()
{
    if (!m_document)
        return;
    const QString suggested
        = QDir::home().filePath(m_document->plan().account.company + QStringLiteral(".yaml"));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export plan"), suggested,
        tr("YAML (*.yaml);;JSON (*.json);;Markdown (*.md);;HTML document (*.html);;iCalendar "
           "(*.ics);;CSV tables (a folder)"),
        &filter);
    if (path.isEmpty())
        return;
    exportPlanTo(path, filter.contains(QStringLiteral("CSV")));
}

bool MainWindow::exportPlanTo(const QString &path, bool csvFolder)
{
    if (!m_document)
        return false;
    const auto kind
        = csvFolder ? std::optional(ExportFormat::Kind::Csv) : ExportFormat::fromFileName(path);
    if (!kind || *kind == ExportFormat::Kind::Pdf) // PDF has its own dialog
        return showError(tr("Choose a file ending in .yaml, .json, .md, .html or .ics, or a "
                            "folder for CSV tables.")),
               false;
    PlanExport::Request request;
    request.kind = *kind;
    if (auto written = PlanExport::write(m_document->plan(), request, path); !written)
        return showError(written.error()), false;
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

} // namespace accord
