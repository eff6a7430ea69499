// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "pageframe.h"
#include "pdfactualtext.h"
#include "pdfinfodictionary.h"
#include "pdfupdate.h"
#include "reportlayout.h"
#include "reportpainter.h"

#include "export/exportfile.h"
#include "report/reportbuilder.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace accord {

QByteArray PdfExporter::toPdf(
    const Plan &plan, const ReportOptions &options, const DocumentFigures &figures)
{
    const Report report = ReportBuilder::build(plan, options);
    return toPdf(report, options.paper, [&](const ReportBlock::Figure &place) {
        return figures.figureFor(plan, place, options.today);
    });
}

QByteArray PdfExporter::toPdf(const Report &report, PaperSize paper, const FigureSource &figures)
{
    PdfInfoDictionary info;
    info.title = report.title;
    info.author = report.author;
    info.subject = report.subject;
    info.creator = QCoreApplication::applicationName().isEmpty()
        ? QStringLiteral("Accord")
        : QCoreApplication::applicationName();
    info.producer = QStringLiteral("Accord (Qt %1)").arg(QString::fromLatin1(qVersion()));

    PdfActualText actualText;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        // No margins: the frame places everything from the paper's corner.
        writer.setPageLayout(
            QPageLayout(PageFrame::pageSize(paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        writer.setDocumentXmpMetadata(info.xmp());
        const PageFrame frame = PageFrame::make(paper, writer.resolution());
        const ReportLayout layout(report, frame, &writer, figures);
        const ReportPainter painter(layout);
        const PdfActualText::Scope marking(&actualText);
        QPainter p(&writer);
        for (int i = 0; i < layout.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.paintPage(&p, i);
        }
    }
    PdfUpdate update(buffer.data());
    actualText.addTo(update);
    info.addTo(update);
    return update.applied();
}

Result<void> PdfExporter::write(const Plan &plan, const QString &path, const ReportOptions &options,
    const DocumentFigures &figures)
{
    const QByteArray pdf = toPdf(plan, options, figures);
    if (pdf.isEmpty())
        return Error {tr("The PDF of the plan could not be made.")};
    return ExportFile::write(path, pdf);
}

} // namespace accord
