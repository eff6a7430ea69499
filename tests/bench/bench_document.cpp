// SPDX-License-Identifier: GPL-3.0-or-later
// Customer-facing documents: Accord's PDF of the Acme plan and of a large plan
// (100 milestones, 20 metrics × 50 measurements) against the same plan's HTML
// converted to PDF by LibreOffice. Not run by ctest:
//   QT_QPA_PLATFORM=offscreen ./build/release/tests/bench/bench_document [--out DIR]
// --out DIR keeps the PDFs and HTML files it measured.
#include "../support/reportfixtures.h"
#include "benchtable.h"

#include "document/pdfexporter.h"
#include "report/htmlreportwriter.h"
#include "report/reportbuilder.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace accord;
using namespace accord::bench;

namespace {

constexpr int kPdfRuns = 11;
constexpr int kOfficeRuns = 3;

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// LibreOffice converting the HTML to PDF, in a profile of its own (made by a
// first run that is not counted); -1 when it fails.
double officeMs(const QString &soffice, const QString &html, const QString &dir)
{
    const QString profile
        = QUrl::fromLocalFile(QDir(dir).filePath(QStringLiteral("lo-profile"))).toString();
    bool ok = true;
    const auto convert = [&] {
        QProcess p;
        p.start(soffice,
            {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                // as a Writer document: Writer/Web's own PDF export leaves the pages blank
                QStringLiteral("--infilter=HTML (StarWriter)"), QStringLiteral("--convert-to"),
                QStringLiteral("pdf:writer_pdf_Export"), QStringLiteral("--outdir"), dir, html});
        ok = ok && p.waitForFinished(300000) && p.exitCode() == 0;
    };
    convert();
    const double median = medianMs(kOfficeRuns, convert);
    const QString pdf
        = QDir(dir).filePath(QFileInfo(html).completeBaseName() + QStringLiteral(".pdf"));
    return ok && QFile::exists(pdf) ? median : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QTemporaryDir temporary;
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    const QString dir = outAt > 0 ? args.value(outAt + 1) : temporary.path();
    QDir().mkpath(dir);
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));

    ReportOptions options;
    options.paper = PaperSize::A4;
    options.today = QDate(2026, 2, 15);
    const DocumentFigures figures = DocumentFigures::standard(); // charts and timeline included
    const std::pair<QString, Plan> plans[] = {
        {QStringLiteral("acme"), test::acmePlan()}, {QStringLiteral("large"), test::largePlan()}};

    BenchTable table;
    QStringList notes;
    for (const auto &[name, plan] : plans) {
        QByteArray pdf;
        const double accord
            = medianMs(kPdfRuns, [&] { pdf = PdfExporter::toPdf(plan, options, figures); });
        const int pages = pageCount(pdf);
        writeFile(QDir(dir).filePath(name + QStringLiteral(".pdf")), pdf);
        table.add(QStringLiteral("%1: Accord PDF (%2 pages)").arg(name).arg(pages), accord,
            QStringLiteral("ms"));
        table.add(QStringLiteral("%1: Accord PDF per page").arg(name), accord / qMax(1, pages),
            QStringLiteral("ms/page"));
        const QString html = QDir(dir).filePath(name + QStringLiteral("-html.html"));
        writeFile(
            html, HtmlReportWriter::toHtml(ReportBuilder::build(plan, options), options.paper));
        if (soffice.isEmpty()) {
            notes << QStringLiteral("%1: LibreOffice skipped: soffice is not installed "
                                    "(sudo apt-get install libreoffice-writer-nogui).")
                         .arg(name);
            continue;
        }
        const double office = officeMs(soffice, html, dir);
        if (office < 0) {
            notes << QStringLiteral("%1: LibreOffice could not convert %2.").arg(name, html);
            continue;
        }
        table.add(
            QStringLiteral("%1: LibreOffice HTML -> PDF").arg(name), office, QStringLiteral("ms"));
        table.add(QStringLiteral("%1: LibreOffice / Accord").arg(name), office / accord,
            QStringLiteral("x"));
    }
    QTextStream out(stdout);
    table.print(out);
    for (const QString &note : notes)
        out << note << Qt::endl;
    out << QStringLiteral("Accord: median of %1 runs; LibreOffice: median of %2 runs after a first "
                          "run that sets up its profile. Files in %3.")
               .arg(kPdfRuns)
               .arg(kOfficeRuns)
               .arg(outAt > 0 ? dir
                              : QStringLiteral("a temporary folder (use --out DIR to keep them)"))
        << Qt::endl;
    return 0;
}
