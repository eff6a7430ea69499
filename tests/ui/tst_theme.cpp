// SPDX-License-Identifier: GPL-3.0-or-later
// The dark theme reaches everything that draws on screen, and never paper.
#include "charts/figureexportmenu.h"
#include "charts/kpichart.h"
#include "document/documentfigures.h"
#include "document/reportpreview.h"
#include "palette.h"
#include "report/reportbuilder.h"
#include "storage/workspacebootstrap.h"
#include "style/theme.h"
#include "timeline/timelinefigure.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace accord;

namespace {

// The share of an image's pixels darker than a dark grey.
double darkShare(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += QColor(image.pixel(x, y)).lightness() < 70 ? 1 : 0;
    }
    return double(dark) / double(qint64(image.width()) * image.height());
}

QImage drawn(const Figure &figure)
{
    QImage image(figure.naturalSize.toSize(), QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    figure.paint(&painter, QRectF(QPointF(0, 0), figure.naturalSize));
    return image;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT

private:
    Plan m_plan;

private slots:
    void initTestCase()
    {
        auto sample = WorkspaceBootstrap::samplePlan(QDate(2026, 11, 30));
        QVERIFY(sample);
        m_plan = *sample;
    }

    void cleanup() { Theme::apply(Theme::Kind::Light); }

    void chartsAndTimelineFollowTheScreensTheme()
    {
        const QDate today(2026, 11, 30);
        const MetricId metric = m_plan.metrics.front().id;
        Theme::apply(Theme::Kind::Light);
        QVERIFY(darkShare(drawn(kpiChartFigure(m_plan, metric, today, Medium::Screen))) < 0.1);
        QVERIFY(darkShare(drawn(timelineFigure(m_plan, today, Medium::Screen))) < 0.1);
        Theme::apply(Theme::Kind::Dark);
        QCOMPARE(Palette::scheme(), Palette::Scheme::Dark);
        QVERIFY(darkShare(drawn(kpiChartFigure(m_plan, metric, today, Medium::Screen))) > 0.7);
        QVERIFY(darkShare(drawn(timelineFigure(m_plan, today, Medium::Screen))) > 0.7);
        // Text stays readable: the ink is light on the dark paper.
        QVERIFY(Palette::ink().lightness() - Palette::paper().lightness() > 120);
    }

    void paperStaysLightInTheDarkTheme()
    {
        Theme::apply(Theme::Kind::Dark);
        const DocumentFigures figures = DocumentFigures::standard();
        ReportOptions options;
        options.today = QDate(2026, 11, 30);
        const ReportPreview preview(ReportBuilder::build(m_plan, options), PaperSize::A4, 48,
            [&](const ReportBlock::Figure &place) {
                return figures.figureFor(m_plan, place, options.today);
            });
        QVERIFY(preview.pageCount() > 2);
        for (int i = 0; i < preview.pageCount(); ++i)
            QVERIFY2(darkShare(preview.page(i)) < 0.1, qPrintable(QString::number(i)));
        // A picture copied from the screen (its context menu) is made for paper too.
        QMenu menu;
        QWidget parent;
        FigureExportMenu::addActions(
            &menu, &parent, [&] { return timelineFigure(m_plan, options.today, Medium::Screen); });
        QAction *copy = menu.actions().value(2);
        QVERIFY(copy && copy->text().contains(QStringLiteral("Copy")));
        copy->trigger();
        const QImage copied = QApplication::clipboard()->image();
        QVERIFY(!copied.isNull());
        QVERIFY(darkShare(copied) < 0.1);
        QCOMPARE(Palette::scheme(), Palette::Scheme::Dark); // and the screen is dark again
    }

    void checkMarksAreVisibleOnADarkList()
    {
        Theme::apply(Theme::Kind::Dark);
        QImage image(24, 24, QImage::Format_RGB32);
        const QColor base = QApplication::palette().color(QPalette::Base);
        image.fill(base);
        QStyleOptionViewItem option;
        option.palette = QApplication::palette();
        option.rect = QRect(4, 4, 16, 16);
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        QPainter painter(&image);
        QApplication::style()->drawPrimitive(
            QStyle::PE_IndicatorItemViewItemCheck, &option, &painter);
        painter.end();
        int brightest = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                brightest = std::max(brightest, QColor(image.pixel(x, y)).lightness());
        }
        QVERIFY2(brightest - base.lightness() > 60, qPrintable(QString::number(brightest)));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
