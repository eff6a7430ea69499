// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/reportfixtures.h"

#include "document/reportlayout.h"
#include "document/reportpreview.h"
#include "model/plan.h"
#include "report/reportbuilder.h"
#include "sample/samplegenerator.h"

#include <QPainter>
#include <QTest>

using namespace accord;
using namespace accord::test;

namespace {

const QDate kToday(2026, 2, 15);

Report report(const Plan &plan, bool blank = false)
{
    ReportOptions o;
    o.today = kToday;
    o.blank = blank;
    return ReportBuilder::build(plan, o);
}

// The rectangle each line of a text item covers on the page.
QList<QRectF> lineRects(const PageItem::Text &t)
{
    QList<QRectF> rects;
    for (int i = t.firstLine; i < t.firstLine + t.lineCount; ++i) {
        const QTextLine line = t.layout->lineAt(i);
        if (line.textLength() == 0)
            continue;
        rects << QRectF(t.origin + line.position(), QSizeF(line.naturalTextWidth(), line.height()));
    }
    return rects;
}

QString lineText(const PageItem::Text &t)
{
    QString text;
    for (int i = t.firstLine; i < t.firstLine + t.lineCount; ++i) {
        const QTextLine line = t.layout->lineAt(i);
        text += t.layout->text().mid(line.textStart(), line.textLength());
    }
    return text;
}

// Every line inside the body, no two lines on top of each other.
QString layoutProblems(const ReportLayout &layout)
{
    const QRectF body = layout.frame().body.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (int p = 0; p < layout.pageCount(); ++p) {
        QList<std::pair<QRectF, QString>> lines;
        for (const PageItem::Item &item : layout.page(p).items) {
            if (const auto *t = std::get_if<PageItem::Text>(&item)) {
                for (const QRectF &r : lineRects(*t))
                    lines.append({r, lineText(*t)});
            }
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!body.contains(lines[i].first))
                return QStringLiteral("page %1: \"%2\" outside the body")
                    .arg(p + 1)
                    .arg(lines[i].second);
            for (qsizetype j = i + 1; j < lines.size(); ++j) {
                const QRectF overlap = lines[i].first.intersected(lines[j].first);
                if (overlap.width() > 1 && overlap.height() > lines[i].first.height() * 0.25)
                    return QStringLiteral("page %1: \"%2\" overlaps \"%3\"")
                        .arg(p + 1)
                        .arg(lines[i].second, lines[j].second);
            }
        }
    }
    return {};
}

bool isHeading(const PageItem::Text &t)
{
    const QFont font = t.layout->font();
    return font.bold() && font.pointSizeF() >= 11;
}

Figure wideChart()
{
    Figure figure;
    figure.naturalSize = QSizeF(300, 150);
    figure.paint
        = [](QPainter *painter, const QRectF &target) { painter->fillRect(target, Qt::black); };
    return figure;
}

} // namespace

class TestReportLayout : public QObject {
    Q_OBJECT

private slots:
    void nothingClippedOrOverlapping_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("which");
        for (int paper : {int(PaperSize::A4), int(PaperSize::Letter)}) {
            const QString p
                = paper == int(PaperSize::A4) ? QStringLiteral("A4") : QStringLiteral("Letter");
            QTest::newRow(qPrintable(p + QStringLiteral(" acme"))) << paper << 0;
            QTest::newRow(qPrintable(p + QStringLiteral(" full plan"))) << paper << 1;
            QTest::newRow(qPrintable(p + QStringLiteral(" generated"))) << paper << 2;
            QTest::newRow(qPrintable(p + QStringLiteral(" blank"))) << paper << 3;
        }
    }

    void nothingClippedOrOverlapping()
    {
        QFETCH(int, paper);
        QFETCH(int, which);
        Plan plan = which == 1 ? fullPlan(3) : acmePlan();
        if (which == 2)
            plan = SampleGenerator(11).generate(1).front();
        const ReportPreview preview(report(plan, which == 3), PaperSize(paper), 144);
        QVERIFY(preview.pageCount() >= 2);
        const QString problems = layoutProblems(preview.layout());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void longTextFlowsAcrossPages()
    {
        Plan plan = acmePlan();
        QString longText;
        for (int i = 0; i < 400; ++i)
            longText += QStringLiteral("Sentence %1 of a very long business case. ").arg(i);
        plan.account.businessCase = longText; // a fact box value
        plan.header.notes = longText; // a paragraph
        plan.milestones.front().notes = longText; // a table cell
        plan.risks.front().mitigation = longText; // a seed table cell
        const ReportPreview preview(report(plan), PaperSize::A4, 144);
        const QString problems = layoutProblems(preview.layout());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // every sentence of the fact box value is on some page, once
        QString all;
        for (int p = 0; p < preview.pageCount(); ++p) {
            for (const PageItem::Item &item : preview.layout().page(p).items) {
                if (const auto *t = std::get_if<PageItem::Text>(&item))
                    all += lineText(*t) + u' ';
            }
        }
        for (int i : {0, 199, 399})
            QCOMPARE(int(all.simplified().count(QStringLiteral("Sentence %1 of").arg(i))), 4);
    }

    void headingsKeepWithTheirContent()
    {
        const ReportPreview preview(report(manyMilestonesPlan(150)), PaperSize::A4, 144);
        for (int p = 0; p < preview.pageCount(); ++p) {
            const PageItem::Text *lowest = nullptr;
            qreal bottom = -1;
            for (const PageItem::Item &item : preview.layout().page(p).items) {
                if (const auto *t = std::get_if<PageItem::Text>(&item)) {
                    const QList<QRectF> rects = lineRects(*t);
                    if (!rects.isEmpty() && rects.last().bottom() > bottom) {
                        bottom = rects.last().bottom();
                        lowest = t;
                    }
                }
            }
            QVERIFY(lowest);
            QVERIFY2(!isHeading(*lowest),
                qPrintable(QStringLiteral("page %1 ends with heading %2")
                               .arg(p + 1)
                               .arg(lineText(*lowest))));
        }
    }

    void figuresScaledToTheTextWidth()
    {
        const Plan plan = acmePlan();
        const Report doc = report(plan);
        int places = 0;
        const FigureSource source = [&](const ReportBlock::Figure &f) {
            ++places;
            return f.kind == ReportBlock::FigureKind::Timeline ? wideChart() : Figure();
        };
        const ReportPreview preview(doc, PaperSize::A4, 144, source);
        QVERIFY(places >= 3);
        int pictures = 0;
        const QRectF body = preview.layout().frame().body;
        for (int p = 0; p < preview.pageCount(); ++p) {
            for (const PageItem::Item &item : preview.layout().page(p).items) {
                const auto *picture = std::get_if<PageItem::Picture>(&item);
                if (!picture)
                    continue;
                ++pictures;
                QCOMPARE(picture->rect.width(), body.width());
                QCOMPARE(picture->rect.height(), body.width() / 2);
                QVERIFY(body.contains(picture->rect));
                // drawn where it was placed
                const QImage image = preview.page(p);
                QCOMPARE(image.pixelColor(picture->rect.center().toPoint()), QColor(Qt::black));
            }
        }
        QCOMPARE(pictures, 1); // the other places have no figure: captions only
    }

    void previewShowsMarkupAsCharacters()
    {
        const ReportPreview preview(report(injectionPlan()), PaperSize::A4, 110);
        QStringList found;
        for (int p = 0; p < preview.pageCount(); ++p) {
            QImage image;
            for (const PageItem::Item &item : preview.layout().page(p).items) {
                const auto *t = std::get_if<PageItem::Text>(&item);
                const auto *picture = std::get_if<PageItem::Picture>(&item);
                QVERIFY2(!picture, "no figure hooks: nothing but text and shapes");
                if (!t)
                    continue;
                const QString text = t->layout->text();
                for (const QString &markup : {kImgMarkup, kLinkMarkup, kStyleMarkup}) {
                    if (!text.contains(markup))
                        continue;
                    found << markup;
                    if (image.isNull())
                        image = preview.page(p);
                    // and drawn: ink where the lines are
                    for (const QRectF &r : lineRects(*t)) {
                        int dark = 0;
                        for (int x = int(r.left()); x < int(r.right()); ++x)
                            dark += qGray(image.pixel(x, int(r.center().y()))) < 160 ? 1 : 0;
                        QVERIFY2(dark > 0, qPrintable(text));
                    }
                }
            }
        }
        for (const QString &markup : {kImgMarkup, kLinkMarkup, kStyleMarkup})
            QVERIFY2(found.contains(markup), qPrintable(markup));
    }

    void letterAndA4Differ()
    {
        const Report doc = report(acmePlan());
        const ReportPreview a4(doc, PaperSize::A4, 72);
        const ReportPreview letter(doc, PaperSize::Letter, 72);
        QCOMPARE(a4.page(0).size(), QSize(595, 842));
        QCOMPARE(letter.page(0).size(), QSize(612, 792));
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
