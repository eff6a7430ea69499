// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "popplertools.h"

#include "document/pdfexporter.h"
#include "document/textbox.h"
#include "model/plantable.h"

#include <QApplication>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// Unbroken text of any length: cut into lines that fit, every character kept, and
// laid out in time linear in its length (a quadratic layout of the texts below
// would outlast the test's time limit many times over; bench_longtext measures).
class TestLongText : public QObject {
    Q_OBJECT

    static QString unbroken(qsizetype length)
    {
        QString text;
        text.reserve(length);
        for (qsizetype i = 0; i < length; ++i)
            text += QChar(u'a' + char16_t(i % 26));
        return text;
    }

    // The text of the box's lines, joined as they were cut.
    static QString joined(const TextBox &box)
    {
        const PageItem::Text item = box.item(QPointF(0, 0), Qt::black);
        QString text;
        for (int i = item.firstLine; i < item.firstLine + item.lineCount; ++i) {
            const QTextLine line = item.layout->lineAt(i);
            text += item.layout->text().mid(line.textStart(), line.textLength());
        }
        text.remove(QChar::LineSeparator);
        return text;
    }

private slots:
    void unbrokenWordFitsItsWidth()
    {
        QImage device(10, 10, QImage::Format_ARGB32);
        device.setDotsPerMeterX(11811); // 300 dpi
        device.setDotsPerMeterY(11811);
        const QString word = unbroken(200000);
        const qreal width = 600;
        const TextBox box(word, QFont(u"DejaVu Sans"_qs, 10), width, &device);
        QVERIFY(box.lineCount() > 100);
        const PageItem::Text item = box.item(QPointF(0, 0), Qt::black);
        for (int i = 0; i < box.lineCount(); ++i)
            QVERIFY2(item.layout->lineAt(i).naturalTextWidth() <= width + 0.5,
                qPrintable(QStringLiteral("line %1 is %2 wide")
                               .arg(i)
                               .arg(item.layout->lineAt(i).naturalTextWidth())));
        QCOMPARE(joined(box), word);
    }

    // A character made of several code points (e + combining acute) stays whole.
    void clustersStayWhole()
    {
        QImage device(10, 10, QImage::Format_ARGB32);
        QString word;
        for (int i = 0; i < 5000; ++i)
            word += u"e\u0301"_qs;
        const TextBox box(
            u"Before "_qs + word + u" after"_qs, QFont(u"DejaVu Sans"_qs, 10), 300, &device);
        const PageItem::Text item = box.item(QPointF(0, 0), Qt::black);
        for (int i = 0; i < box.lineCount(); ++i) {
            const QTextLine line = item.layout->lineAt(i);
            const QString text = item.layout->text().mid(line.textStart(), line.textLength());
            QVERIFY2(!text.startsWith(QChar(0x301)), qPrintable(QString::number(i)));
        }
    }

    // A plan at the limits import allows: every paragraph field 100,000 unbroken
    // characters, every one-line field 10,000.
    // A 5,000-character title (words, then one unbroken run) and a 2,000-word
    // description: every word pdftotext finds lies between the side margins and on
    // the page, and none of the title's characters is lost.
    void longTitleAndDescriptionStayInsideTheMargins()
    {
        Plan plan = test::acmePlan();
        QString title;
        while (title.size() < 2500)
            title += QStringLiteral("Quarterly operations excellence programme ");
        title += unbroken(5000 - title.size());
        plan.header.title = title;
        QStringList words;
        for (int i = 0; i < 2000; ++i)
            words << QStringLiteral("word%1").arg(i);
        plan.header.vision = words.join(u' ');
        ReportOptions options;
        options.paper = PaperSize::A4;
        options.today = QDate(2026, 2, 15);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"long.pdf"_qs);
        QVERIFY(PdfExporter::write(plan, file, options));
        const QString html
            = test::runTool(u"pdftotext"_qs, {u"-bbox"_qs, u"-enc"_qs, u"UTF-8"_qs, file, u"-"_qs});
        static const QRegularExpression page(u"<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"_qs);
        static const QRegularExpression word(
            u"<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" "
            "xMax=\"([0-9.-]+)\" yMax=\"([0-9.-]+)\">([^<]*)</word>"_qs);
        const QRegularExpressionMatch size = page.match(html);
        QVERIFY(size.hasMatch());
        const qreal width = size.captured(1).toDouble();
        const qreal height = size.captured(2).toDouble();
        const qreal margin = 20 / 25.4 * 72 - 1; // the side margins, less a point
        int count = 0;
        QString text;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            ++count;
            text += w.captured(5);
            const qreal x0 = w.captured(1).toDouble(), y0 = w.captured(2).toDouble();
            const qreal x1 = w.captured(3).toDouble(), y1 = w.captured(4).toDouble();
            QVERIFY2(x0 >= margin && x1 <= width - margin && y0 >= 0 && y1 <= height,
                qPrintable(u"%1 at %2,%3–%4,%5"_qs.arg(w.captured(5).left(40))
                               .arg(x0)
                               .arg(y0)
                               .arg(x1)
                               .arg(y1)));
        }
        QVERIFY(count > 2000);
        QVERIFY(text.contains(u"word1999"_qs));
        QVERIFY(text.contains(unbroken(5000 - 2520).right(200))); // the end of the title
    }

    void planAtTheLimitsExportsToPdf()
    {
        Plan plan = test::acmePlan();
        for (const PlanTable *table : {&headerTable(), &accountTable()}) {
            for (int f = 0; f < int(table->fields().size()); ++f) {
                const FieldInfo &field = table->fields()[std::size_t(f)];
                if (field.kind == FieldKind::LongText)
                    table->setValue(plan, 0, f, unbroken(100000));
                else if (field.kind == FieldKind::Text && field.key != u"company")
                    table->setValue(plan, 0, f, unbroken(10000));
            }
        }
        ReportOptions options;
        options.paper = PaperSize::A4;
        options.today = QDate(2026, 2, 15);
        const QByteArray pdf = PdfExporter::toPdf(plan, options);
        QVERIFY(pdf.startsWith("%PDF-"));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"limits.pdf"_qs);
        QVERIFY(test::writeBytes(file, pdf));
        const QString text = test::pdfText(file);
        QVERIFY(text.contains(u"Acme Corp"_qs));
        QVERIFY(text.contains(u"abcdefghijklmnopqrstuvwxyzabcdefghij"_qs));
    }
};

QTEST_MAIN(TestLongText)
#include "tst_longtext.moc"
