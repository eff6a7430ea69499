// SPDX-License-Identifier: GPL-3.0-or-later
#include "popplertools.h"

#include "document/pdfupdate.h"
#include "pdfactualtext.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using namespace accord::test;

namespace {

// Lines drawn on a PDF with spans where needed; `unpaired` leaves the last span
// of the second page without its end.
QByteArray marked(const QStringList &lines, bool unpaired = false)
{
    PdfActualText marks;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        const PdfActualText::Scope scope(&marks);
        qreal y = 200;
        for (const QString &line : lines) {
            PdfActualText::drawText(&painter, QPointF(200, y), line);
            y += 300;
        }
        if (unpaired) {
            writer.newPage();
            marks.begin(&painter, QStringLiteral("प्रिया"));
            painter.drawText(QPointF(200, 200), QStringLiteral("प्रिया"));
        }
    }
    PdfUpdate update(buffer.data());
    marks.addTo(update);
    return update.applied();
}

} // namespace

class TestPdfActualText : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void needed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("needed");
        QTest::newRow("latin") << QStringLiteral("Globex Corporation, 2026") << false;
        QTest::newRow("greek, cyrillic") << QStringLiteral("Ελένη Анна") << false;
        QTest::newRow("cjk") << QStringLiteral("田中 愛子 김민준") << false;
        QTest::newRow("devanagari") << QStringLiteral("प्रिया") << true;
        QTest::newRow("tamil") << QStringLiteral("கார்த்திக்") << true;
        QTest::newRow("thai") << QStringLiteral("สมชาย") << true;
        QTest::newRow("combining accent") << QStringLiteral("Zoe\u0308") << true;
        QTest::newRow("joiner") << QStringLiteral("a\u200Db") << true;
        // right to left: drawn in display order, which readers reverse themselves
        QTest::newRow("arabic") << QStringLiteral("عبد الله") << false;
        QTest::newRow("hebrew with points") << QStringLiteral("שָׁלוֹם") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void needed()
    {
        QFETCH(QString, text);
        QFETCH(bool, needed);
        QCOMPARE(PdfActualText::needed(text), needed);
    }

    void spansReadBackAsTyped()
    {
        const QStringList lines {QStringLiteral("Owner: प्रिया शर्मा"), QStringLiteral("Plain line"),
            QStringLiteral("क्षितिज त्रिपाठी")};
        const QByteArray pdf = marked(lines);
        const PdfUpdate read(pdf);
        const QByteArray content = *read.streamData(read.contentStreams().first());
        QCOMPARE(content.count("BDC"), 2); // the plain line has none
        QCOMPARE(content.count("EMC"), 2);
        QVERIFY(!content.contains("-8191 -8191")); // every mark replaced
        const QString path = m_dir.filePath(QStringLiteral("spans.pdf"));
        QVERIFY(writeBytes(path, pdf));
        QCOMPARE(pdfText(path), lines.join(u' '));
    }

    // A page whose marks do not pair up is left as Qt wrote it: its marks draw
    // nothing on the page; the other pages get their spans.
    void unpairedMarksLeaveThePageAlone()
    {
        const QByteArray pdf = marked({QStringLiteral("प्रिया शर्मा")}, true);
        const PdfUpdate read(pdf);
        const QList<int> pages = read.contentStreams();
        QCOMPARE(pages.size(), 2);
        QVERIFY(read.streamData(pages.at(0))->contains("BDC"));
        QVERIFY(!read.streamData(pages.at(1))->contains("BDC"));
        QVERIFY(read.streamData(pages.at(1))->contains("-8191 -8191"));
    }

    // Only a PDF painter is marked: an image painted while a PDF is being made
    // gets no marks and its text is not recorded.
    void otherDevicesAreNotMarked()
    {
        PdfActualText marks;
        const PdfActualText::Scope scope(&marks);
        QImage image(50, 50, QImage::Format_ARGB32);
        QPainter painter(&image);
        QCOMPARE(PdfActualText::current(&painter), nullptr);
        PdfActualText::drawText(&painter, QPointF(5, 20), QStringLiteral("प्रिया"));
        QVERIFY(marks.isEmpty());
    }
};

QTEST_MAIN(TestPdfActualText)
#include "tst_pdfactualtext.moc"
