// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/acmefixture.h"
#include "figureexport.h"
#include "presentation/presentationwindow.h"
#include "slides/slidedeck.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace accord;

namespace {

const QDate kToday(2026, 2, 20);

// Distinct colours in a coarse sample: a blank or one-colour slide has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 13) {
        for (int x = 0; x < image.width(); x += 13)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestPresentation : public QObject {
    Q_OBJECT

private slots:
    void deckFollowsThePlan()
    {
        const Plan plan = test::acmePlan();
        const std::vector<Figure> slides = SlideDeck::build(plan, kToday);
        QStringList titles;
        for (const Figure &slide : slides) {
            titles << slide.title;
            QCOMPARE(slide.naturalSize, QSizeF(1920, 1080));
        }
        QStringList expected {plan.header.title, QStringLiteral("Where we stand on our outcomes")};
        for (const Metric &metric : plan.metrics)
            expected << metric.name;
        expected << QStringLiteral("Roadmap") << QStringLiteral("Open risks")
                 << QStringLiteral("Next steps and decisions");
        QCOMPARE(titles, expected);
        QVERIFY(plan.metrics.size() >= 2);
    }

    void ourLogoAndTheRoiSlide()
    {
        Plan plan = test::acmePlan();
        for (int month : {1, 6}) {
            RoiPeriod period;
            period.id = RowId(month);
            period.month = month;
            period.investment = Money {month == 1 ? 2000000 : 0, QStringLiteral("USD")};
            period.benefits = Money {month == 1 ? 0 : 3000000, QStringLiteral("USD")};
            plan.roiPeriods.push_back(period);
        }
        QImage logo(400, 100, QImage::Format_RGB32);
        logo.fill(QColor(0xe0, 0x7a, 0x1b)); // a colour no slide has there
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(logo.save(&buffer, "PNG"));
        const std::vector<Figure> slides = SlideDeck::build(plan, kToday, Audience::Joint, png);
        QStringList titles;
        for (const Figure &slide : slides)
            titles << slide.title;
        QVERIFY2(
            titles.contains(QStringLiteral("Return on investment")), qPrintable(titles.join(u'|')));
        const auto drawn = [](const Figure &slide) {
            QImage image(960, 540, QImage::Format_RGB32);
            image.fill(Qt::black);
            QPainter painter(&image);
            slide.paint(&painter, QRectF(0, 0, 960, 540));
            return image;
        };
        // The logo's colour at the top right of the title slide, not without a logo.
        const QPoint inLogo(960 - 70 - 24 - 90, 35 + 12 + 22);
        QCOMPARE(QColor(drawn(slides.front()).pixel(inLogo)), QColor(0xe0, 0x7a, 0x1b));
        QVERIFY(QColor(drawn(SlideDeck::build(plan, kToday).front()).pixel(inLogo))
            != QColor(0xe0, 0x7a, 0x1b));
    }

    void slidesSayWhatThePlanSays()
    {
        const Plan plan = test::acmePlan();
        const std::vector<Figure> slides = SlideDeck::build(plan, kToday);
        const QString title = QString::fromUtf8(FigureExport::toSvg(slides.front()));
        QVERIFY(title.contains(QStringLiteral("Acme Corp")));
        QVERIFY(title.contains(QStringLiteral("Sarah Chen")));

        const QString risks = QString::fromUtf8(FigureExport::toSvg(slides[slides.size() - 2]));
        QVERIFY(risks.contains(QStringLiteral("IT security approval for API access")));
        QVERIFY(!risks.contains(QStringLiteral("Two team members resistant"))); // mitigated
        QVERIFY(risks.contains(QStringLiteral("High impact")));

        const QString steps = QString::fromUtf8(FigureExport::toSvg(slides.back()));
        QVERIFY(steps.contains(QStringLiteral("Decision needed: Automated scheduling enabled")));
        QVERIFY(steps.contains(QStringLiteral("Target achieved and validated")));
        QVERIFY(!steps.contains(QStringLiteral("Training program delivered"))); // complete
        QVERIFY(steps.contains(QStringLiteral("%1 / %1").arg(slides.size())));
    }

    void windowNavigatesWithKeysAndClicks()
    {
        auto *window = new PresentationWindow(test::acmePlan(), kToday);
        QPointer<PresentationWindow> guard(window);
        window->resize(960, 600);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy changed(window, &PresentationWindow::slideChanged);
        QCOMPARE(window->currentSlide(), 0);
        QTest::keyClick(window, Qt::Key_Right);
        QTest::keyClick(window, Qt::Key_Space);
        QCOMPARE(window->currentSlide(), 2);
        QTest::keyClick(window, Qt::Key_Left);
        QCOMPARE(window->currentSlide(), 1);
        QTest::keyClick(window, Qt::Key_End);
        QCOMPARE(window->currentSlide(), window->slideCount() - 1);
        QTest::keyClick(window, Qt::Key_Right); // stays on the last slide
        QCOMPARE(window->currentSlide(), window->slideCount() - 1);
        QTest::mouseClick(window, Qt::LeftButton, {}, QPoint(50, 300)); // left third: back
        QCOMPARE(window->currentSlide(), window->slideCount() - 2);
        QTest::mouseClick(window, Qt::LeftButton, {}, QPoint(900, 300));
        QCOMPARE(window->currentSlide(), window->slideCount() - 1);
        QTest::keyClick(window, Qt::Key_Home);
        QCOMPARE(window->currentSlide(), 0);
        QCOMPARE(changed.count(), 7);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull()); // closed and deleted
    }

    void everySlideDrawsAtFullHd()
    {
        PresentationWindow window(test::acmePlan(), kToday);
        for (int i = 0; i < window.slideCount(); ++i) {
            const QImage image = window.renderSlide(i, QSize(1920, 1080));
            QCOMPARE(image.size(), QSize(1920, 1080));
            QVERIFY2(colourCount(image) > 8, qPrintable(window.slideTitle(i)));
        }
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
