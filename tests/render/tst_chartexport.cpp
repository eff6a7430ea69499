// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/chartplans.h"
#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "charts/healthchart.h"
#include "charts/kpichart.h"
#include "charts/outcomesoverviewchart.h"
#include "figureexport.h"
#include "rules/healthscore.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using namespace accord::test;

// Charts leave the application as pictures: PNG at a chosen resolution and SVG
// whose words stay words, both drawn through the same Figure as the PDF.
class TestChartExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Figure decreaseFigure()
    {
        return kpiChartFigure(
            kpiPlan(Direction::Decrease, 9), kChartMetric, chartToday(), Medium::Screen);
    }

    // The texts of an SVG's <text> elements, whitespace simplified.
    static QStringList svgTexts(const QByteArray &svg)
    {
        QStringList texts;
        static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        for (const auto &match : text.globalMatch(QString::fromUtf8(svg)))
            texts += match.captured(1).simplified();
        return texts;
    }

private slots:
    void pngAt150Dpi()
    {
        const Figure figure = decreaseFigure();
        QCOMPARE(figure.title, QStringLiteral("Report generation time"));
        const QString path = m_dir.filePath(QStringLiteral("kpi.png"));
        QString error;
        QVERIFY2(FigureExport::writePng(figure, path, 150, &error), qPrintable(error));
        QImage png(path);
        QVERIFY(!png.isNull());
        // 480 × 300 points at 150 dpi.
        QCOMPARE(png.size(), QSize(1000, 625));
        QCOMPARE(qRound(png.dotsPerMeterX() * 0.0254), 150);
        // A real picture: many colours (antialiased lines, text, the series' blue).
        QSet<QRgb> colours;
        for (int y = 0; y < png.height(); y += 3) {
            for (int x = 0; x < png.width(); x += 3)
                colours.insert(png.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        // The measurements' colour is somewhere in the plot.
        bool blue = false;
        for (const QRgb c : std::as_const(colours))
            blue = blue || (qBlue(c) > 180 && qRed(c) < 90 && qGreen(c) < 140);
        QVERIFY(blue);
    }

    void svgKeepsTextAsText()
    {
        const QByteArray svg = FigureExport::toSvg(decreaseFigure());
        QVERIFY(!svg.isEmpty());
        const QStringList texts = svgTexts(svg);
        QVERIFY2(
            texts.contains(QStringLiteral("Report generation time")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Measurements")));
        QVERIFY(texts.contains(QStringLiteral("Target")));
        QVERIFY(texts.contains(QStringLiteral("Baseline")));
        QVERIFY(texts.contains(QStringLiteral("Expected")));
        // Axis title and labels: the unit, value ticks and month labels.
        QVERIFY(texts.contains(QStringLiteral("minutes per report (lower is better)")));
        QVERIFY(texts.contains(QStringLiteral("100")));
        QVERIFY(texts.contains(QStringLiteral("200")));
        // Months on calendar boundaries, every second one, the year at its start.
        const QStringList months {QStringLiteral("Sep 2025"), QStringLiteral("Nov"),
            QStringLiteral("Jan 2026"), QStringLiteral("Mar")};
        for (const QString &month : months)
            QVERIFY2(texts.contains(month), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("67 % · on track")));
        QString error;
        QVERIFY2(FigureExport::writeSvg(
                     decreaseFigure(), m_dir.filePath(QStringLiteral("kpi.svg")), &error),
            qPrintable(error));
    }

    void figureFollowsTheTargetRectangle()
    {
        // Drawn twice, into rectangles of two shapes: the chart is laid out for each.
        const Figure figure
            = outcomesOverviewFigure(kpiPlan(Direction::Increase, 3), chartToday(), Medium::Print);
        for (const QSize size : {QSize(400, 300), QSize(900, 300)}) {
            QImage image(size, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            figure.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
            painter.end();
            // The white chart background reaches the rectangle's far corner.
            QCOMPARE(image.pixel(size.width() - 2, size.height() - 2), qRgb(255, 255, 255));
        }
    }

    void figureCopiesShareTheChart()
    {
        Figure copy;
        {
            const Figure figure = healthFigure(healthScore(Plan {}), Medium::Slide);
            copy = figure;
        }
        // The original is gone; its copy still owns a live chart to paint.
        QImage image(QSize(320, 180), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        copy.paint(&painter, QRectF(0, 0, 320, 180));
        painter.end();
        QCOMPARE(image.pixel(5, 5), qRgb(255, 255, 255));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
