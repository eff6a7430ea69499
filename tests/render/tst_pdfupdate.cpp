// SPDX-License-Identifier: GPL-3.0-or-later
#include "popplertools.h"

#include "document/pdfinfodictionary.h"
#include "document/pdfupdate.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using namespace accord::test;

namespace {

// A PDF as Qt writes it: `pages` pages, each with one line of text.
QByteArray qtPdf(int pages = 2)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Original"));
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QPointF(100, 100), QStringLiteral("Page%1").arg(i + 1));
        }
    }
    return buffer.data();
}

} // namespace

// Incremental updates of a finished PDF: reading objects and streams through the
// cross-reference chain, replacing content, and never crashing on a bad file.
class TestPdfUpdate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString text(const QByteArray &pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("t.pdf"));
        return writeBytes(path, pdf) ? pdfText(path) : QString();
    }

private slots:
    void readsQtsPdf()
    {
        const QByteArray pdf = qtPdf(3);
        const PdfUpdate update(pdf);
        QVERIFY(update.isValid());
        const QList<int> contents = update.contentStreams();
        QCOMPARE(contents.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto data = update.streamData(contents.at(i));
            QVERIFY(data);
            QVERIFY(data->contains(" Tj"));
            QVERIFY(data->contains("BT"));
        }
        QVERIFY(update.infoObject() > 0);
        QVERIFY(update.isEmpty());
        QCOMPARE(update.applied(), pdf); // nothing changed, nothing appended
    }

    void aReplacedStreamIsWhatReadersSee()
    {
        const QByteArray pdf = qtPdf(2);
        PdfUpdate update(pdf);
        const int second = update.contentStreams().at(1);
        const QByteArray content = *update.streamData(second);
        update.replaceStream(second,
            "/Span << /ActualText " + PdfUpdate::textString(QStringLiteral("Zweite Seite"))
                + " >> BDC\n" + content + "\nEMC\n");
        const QByteArray updated = update.applied();
        QVERIFY(updated.startsWith(pdf)); // appended, the original bytes kept
        QCOMPARE(text(updated), QStringLiteral("Page1 Zweite Seite"));

        // The update is read through its chain: the new stream, the old page.
        PdfUpdate again(updated);
        QVERIFY(again.isValid());
        QCOMPARE(again.contentStreams(), update.contentStreams());
        QVERIFY(again.streamData(second)->startsWith("/Span"));
        QVERIFY(again.streamData(again.contentStreams().at(0))->contains(" Tj"));

        // and can be updated again: the information dictionary on top.
        PdfInfoDictionary info;
        info.title = QStringLiteral("Plan für Globex");
        info.addTo(again);
        const QByteArray twice = again.applied();
        const QString path = m_dir.filePath(QStringLiteral("twice.pdf"));
        QVERIFY(writeBytes(path, twice));
        QVERIFY(runTool(QStringLiteral("pdfinfo"), {path})
                    .contains(QStringLiteral("Title:           Plan für Globex")));
        QCOMPARE(pdfText(path), QStringLiteral("Page1 Zweite Seite"));
    }

    void newObjectsGetNewNumbers()
    {
        const QByteArray pdf = qtPdf(1);
        PdfUpdate update(pdf);
        const int a = update.add("<< /A 1 >>");
        const int b = update.add("<< /B 2 >>");
        QCOMPARE(b, a + 1);
        const PdfUpdate read(update.applied());
        QVERIFY(read.isValid());
        QCOMPARE(read.object(b)->dictionary, QByteArray("<< /B 2 >>"));
        QVERIFY(!read.object(b + 1));
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a pdf") << QByteArray("Hello, world\n");
        QTest::newRow("no trailer") << QByteArray("%PDF-1.4\nstartxref\n9\n%%EOF\n");
        QTest::newRow("startxref past the end")
            << QByteArray("%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root "
                          "1 0 R >>\nstartxref\n99999\n%%EOF\n");
        // a cross-reference stream (PDF 1.5) is not read
        QTest::newRow("xref stream")
            << QByteArray("%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] /Length 0 "
                          ">>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n");
        // a chain that points at itself ends
        QByteArray loop("%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root 1 0 "
                        "R /Prev 9 >>\nstartxref\n9\n%%EOF\n");
        QTest::newRow("prev loop") << loop;
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, pdf);
        PdfUpdate update(pdf);
        QVERIFY(!update.isValid());
        QVERIFY(update.contentStreams().isEmpty());
        update.add("<< >>");
        QCOMPARE(update.applied(), pdf);
    }

    // Cut short or with bytes changed anywhere, a file is read or refused, never
    // read out of bounds (the suite runs under AddressSanitizer).
    void damagedFilesNeverCrash()
    {
        const QByteArray pdf = qtPdf(2);
        const int step = qEnvironmentVariableIntValue("ACCORD_FUZZ_STEP") > 0
            ? qEnvironmentVariableIntValue("ACCORD_FUZZ_STEP")
            : 61;
        const auto exercise = [](const QByteArray &bytes) {
            PdfUpdate update(bytes);
            for (const int number : update.contentStreams())
                update.streamData(number);
            for (int number = 0; number < 40; ++number)
                update.object(number);
            update.add("<< >>");
            return update.applied().size() >= bytes.size();
        };
        for (qsizetype cut = 0; cut < pdf.size(); cut += step)
            QVERIFY(exercise(pdf.left(cut)));
        QRandomGenerator random(20261130);
        for (int round = 0; round < 400; ++round) {
            QByteArray damaged = pdf;
            for (int flips = 0; flips < 4; ++flips)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            QVERIFY(exercise(damaged));
        }
    }

    void textStringsAreUtf16()
    {
        QCOMPARE(PdfUpdate::textString(QStringLiteral("A)")), QByteArray("<FEFF00410029>"));
        QCOMPARE(PdfUpdate::textString(QStringLiteral("𠮷")), QByteArray("<FEFFD842DFB7>"));
    }
};

QTEST_MAIN(TestPdfUpdate)
#include "tst_pdfupdate.moc"
