// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "figureexport.h"
#include "timeline/timelinefigure.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2026, 2, 15);

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestTimelineExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Plan m_acme = test::acmePlan();

private slots:
    void pngIsARealPicture_data()
    {
        QTest::addColumn<Medium>("medium");
        QTest::newRow("print") << Medium::Print;
        QTest::newRow("slide") << Medium::Slide;
        QTest::newRow("screen") << Medium::Screen;
    }

    void pngIsARealPicture()
    {
        QFETCH(Medium, medium);
        const Figure figure = timelineFigure(m_acme, kToday, medium);
        QVERIFY(!figure.isNull());
        const QString path = m_dir.filePath(QStringLiteral("timeline.png"));
        QString error;
        QVERIFY2(FigureExport::writePng(figure, path, 150, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        const QSize expected = (figure.naturalSize * 150 / 72.0).toSize();
        QVERIFY(qAbs(image.width() - expected.width()) <= 1);
        QVERIFY(qAbs(image.height() - expected.height()) <= 1);
        QVERIFY2(image.width() > 800 && image.height() > 300,
            qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
        // Status colours, text, grid: far from a flat picture.
        QVERIFY(distinctColours(image) > 50);
        // The overdue red of "Automated scheduling enabled" (due 15 Jan 2026) is in it.
        bool red = false;
        for (int y = 0; y < image.height() && !red; ++y) {
            for (int x = 0; x < image.width() && !red; ++x)
                red = image.pixelColor(x, y) == QColor(0xd0, 0x3b, 0x3b);
        }
        QVERIFY(red);
    }

    void slideIsLegibleOnAFullHdScreen()
    {
        const Figure slide = timelineFigure(m_acme, kToday, Medium::Slide);
        const Figure print = timelineFigure(m_acme, kToday, Medium::Print);
        QVERIFY(slide.naturalSize.width() >= 1200);
        QVERIFY(print.naturalSize.width() <= 560); // fits a portrait A4 or Letter text width
        // Scaled to fit 1920×1080, the slide's 18 pt labels stay at least 14 px high.
        const qreal scale
            = std::min(1920 / slide.naturalSize.width(), 1080 / slide.naturalSize.height());
        QVERIFY2(18 * scale >= 14, qPrintable(QString::number(scale)));
    }

    void svgKeepsTheTextAsText()
    {
        const Figure figure = timelineFigure(m_acme, kToday, Medium::Print);
        const QString path = m_dir.filePath(QStringLiteral("timeline.svg"));
        QString error;
        QVERIFY2(FigureExport::writeSvg(figure, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(QStringLiteral("<text")));
        QVERIFY(svg.contains(QStringLiteral(">Today<")));
        for (const Milestone &m : m_acme.milestones) {
            QVERIFY2(svg.contains(m.name), qPrintable(m.name));
            QVERIFY2(svg.contains(m.owner), qPrintable(m.owner));
        }
        QVERIFY(svg.contains(QStringLiteral("Renewal")));
    }
};

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
