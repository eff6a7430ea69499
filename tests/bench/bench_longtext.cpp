// SPDX-License-Identifier: GPL-3.0-or-later
// Long text in the printed document: the PDF of the Acme plan whose company
// overview is one unbroken 1 MB word, against the same text with a space after
// every seventh letter (goal: within 2x; line breaking is linear in the length).
// Not run by ctest:
//   QT_QPA_PLATFORM=offscreen ./build/release/tests/bench/bench_longtext [--bytes N]
#include "../support/acmefixture.h"
#include "benchtable.h"

#include "document/pdfexporter.h"

#include <QApplication>

using namespace accord;
using namespace accord::bench;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype bytesAt = args.indexOf(QStringLiteral("--bytes"));
    const qsizetype bytes = bytesAt > 0 ? args.value(bytesAt + 1).toLongLong() : 1 << 20;

    QString unbroken;
    QString spaced;
    for (qsizetype i = 0; i < bytes; ++i) {
        const QChar letter(u'a' + char16_t(i % 26));
        unbroken += letter;
        spaced += (i % 8 == 7) ? QChar(u' ') : letter;
    }
    ReportOptions options;
    options.paper = PaperSize::A4;
    options.today = QDate(2026, 2, 15);
    BenchTable table;
    double times[2] = {0, 0};
    int index = 0;
    for (const auto &[name, text] :
        {std::pair {QStringLiteral("unbroken"), unbroken}, std::pair {QStringLiteral("spaced"), spaced}}) {
        Plan plan = test::acmePlan();
        plan.account.overview = text;
        int pages = 0;
        times[index] = medianMs(3, [&] {
            const QByteArray pdf = PdfExporter::toPdf(plan, options);
            pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r"));
        });
        table.add(QStringLiteral("%1 KB %2 text: PDF").arg(bytes / 1024).arg(name), times[index],
            QStringLiteral("ms"));
        ++index;
    }
    table.add(QStringLiteral("unbroken / spaced"), times[0] / times[1], QStringLiteral("x"));
    QTextStream out(stdout);
    table.print(out);
    return 0;
}
