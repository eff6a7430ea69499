// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/reportfixtures.h"
#include "popplertools.h"

#include "document/pdfcompression.h"
#include "document/pdfexporter.h"
#include "model/plan.h"
#include "report/documentchoice.h"
#include "report/htmlreportwriter.h"
#include "report/reportbuilder.h"
#include "storage/sqliteworkspace.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace accord;
using namespace accord::test;

namespace {

const QDate kToday(2026, 2, 15);

ReportOptions options(PaperSize paper = PaperSize::A4, bool blank = false)
{
    ReportOptions o;
    o.paper = paper;
    o.blank = blank;
    o.today = kToday;
    return o;
}

// A chart stand-in: vector shapes and a word of text, 400 × 200 points.
Figure testChart()
{
    Figure figure;
    figure.title = QStringLiteral("test chart");
    figure.naturalSize = QSizeF(400, 200);
    figure.paint = [](QPainter *painter, const QRectF &target) {
        painter->setPen(QPen(Qt::darkBlue, target.width() / 200));
        painter->setBrush(QColor(0x2f, 0x6f, 0xd6));
        painter->drawRect(target.adjusted(target.width() * 0.1, target.height() * 0.5,
            -target.width() * 0.6, -target.height() * 0.1));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(qMax(1, int(target.height() / 10)));
        painter->setFont(font);
        painter->drawText(target, Qt::AlignTop | Qt::AlignHCenter, QStringLiteral("TESTCHART"));
    };
    return figure;
}

} // namespace

// The PDF as a reader sees it: text in order, page size, metadata, fonts, footers,
// tables across pages, and user text that stays text.
class TestDocumentPdf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const Plan &plan, const ReportOptions &o,
        const DocumentFigures &figures = {})
    {
        const QString path = m_dir.filePath(name);
        if (!writeBytes(path, PdfExporter::toPdf(plan, o, figures)))
            return {};
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void acmeContentInOrder()
    {
        const Plan plan = acmePlan();
        const QString pdf = write(QStringLiteral("acme.pdf"), plan, options());
        const QString text = pdfText(pdf);
        QStringList expected {QStringLiteral("Acme Corp"), QStringLiteral("Product:"),
            QStringLiteral("Contract term:"), QStringLiteral("CSM:"), QStringLiteral("Jane Smith"),
            QStringLiteral("Customer champion:"), QStringLiteral("Customer executive sponsor:"),
            QStringLiteral("Last updated:"), QStringLiteral("Status:"),
            QStringLiteral("Partnership Objectives")};
        for (const Outcome &o : plan.outcomes)
            expected << o.description;
        expected << QStringLiteral("Success Metrics") << QStringLiteral("Milestone Roadmap");
        for (const Milestone &m : plan.milestones)
            expected << m.name << m.owner;
        expected << QStringLiteral("Stakeholder Engagement Plan")
                 << QStringLiteral("Risk & Mitigation");
        for (const Risk &r : plan.risks)
            expected << r.description << r.mitigation;
        expected << QStringLiteral("Sign-off");
        // a signature block per signatory: the line's caption, name, title and date
        for (const char *person : {"Sarah Chen", "Mike Torres", "Jane Smith"})
            expected << QStringLiteral("Signature") << QStringLiteral("Name")
                     << QString::fromLatin1(person) << QStringLiteral("Title")
                     << QStringLiteral("Date");
        const QString missing = missingInOrder(text, expected);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in order: ") + missing));
        // the sign-off page is the last page and holds all three blocks
        const QString last = pdfText(pdf, pdfPages(pdf));
        QCOMPARE(int(last.count(QStringLiteral("Signature"))), 3);
        QVERIFY(last.contains(QStringLiteral("VP Operations")));
    }

    void pageSizeAndMetadata_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << int(PaperSize::A4) << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter") << int(PaperSize::Letter)
                                << QStringLiteral("612 x 792 pts (letter)");
    }

    void pageSizeAndMetadata()
    {
        QFETCH(int, paper);
        QFETCH(QString, size);
        const QString pdf
            = write(QStringLiteral("size.pdf"), acmePlan(), options(PaperSize(paper)));
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Page size")), size);
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Title")),
            QStringLiteral("Customer Success Plan: Acme Corp"));
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Author")), QStringLiteral("Jane Smith"));
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Subject")),
            QStringLiteral("Joint customer success plan for Acme Corp, version 1.0"));
        QVERIFY(!pdfInfo(pdf, QStringLiteral("Creator")).isEmpty());
    }

    void fontsEmbedded()
    {
        const QString pdf = write(QStringLiteral("fonts.pdf"), acmePlan(), options());
        const QStringList lines
            = runTool(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 4); // two header lines, regular and bold at least
        for (const QString &line : lines.mid(2)) {
            QVERIFY2(line.startsWith(QStringLiteral("DejaVuSans")), qPrintable(line));
            const QStringList columns = line.simplified().split(u' ');
            // name type [type…] encoding emb sub uni object generation
            QCOMPARE(columns.value(columns.size() - 5), QStringLiteral("yes"));
        }
    }

    void streamsAreDeflatedAtTheFastLevel()
    {
        QCOMPARE(PdfCompression::defaultLevel(), PdfCompression::kLevel);
        const QString pdf = write(QStringLiteral("streams.pdf"), acmePlan(), options());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        int streams = 0;
        int fast = 0;
        for (qsizetype at = bytes.indexOf("stream\n"); at >= 0;
             at = bytes.indexOf("stream\n", at + 1)) {
            if (at >= 3 && bytes.mid(at - 3, 3) == "end")
                continue;
            const qsizetype from = at + 7;
            const qsizetype to = bytes.indexOf("endstream", from);
            QVERIFY(to > from);
            const QByteArray data = bytes.mid(from, to - from);
            const qsizetype dictionary = bytes.lastIndexOf("<<", at);
            if (!bytes.mid(dictionary, at - dictionary).contains("/FlateDecode"))
                continue; // the XMP metadata is left plain
            // zlib's header names the level's class: 0x78 0x01 is the fastest (the
            // fonts' small streams go through qCompress, at zlib's default).
            QCOMPARE(quint8(data.at(0)), quint8(0x78));
            fast += quint8(data.at(1)) == 0x01 ? 1 : 0;
            QByteArray out(8 << 20, Qt::Uninitialized);
            uLongf size = uLongf(out.size());
            QCOMPARE(uncompress(reinterpret_cast<Bytef *>(out.data()), &size,
                         reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size())),
                Z_OK);
            ++streams;
        }
        QVERIFY2(streams > 7, qPrintable(QString::number(streams))); // pages and fonts
        QVERIFY2(fast >= pdfPages(pdf), qPrintable(QString::number(fast))); // every page
    }

    void ourLogoOnTheTitlePage()
    {
        auto ws = SqliteWorkspace::open(m_dir.filePath(QStringLiteral("logo.accord")));
        QVERIFY(ws);
        // Not an image, and a picture too large to be a logo: refused, with the reason.
        const QString text = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(writeBytes(text, "not a picture"));
        auto refused = DocumentChoice::setLogo(**ws, text);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("cannot be read as an image")),
            qPrintable(refused.error()));
        const QString huge = m_dir.filePath(QStringLiteral("huge.png"));
        QImage wide(12000, 10, QImage::Format_RGB32);
        wide.fill(Qt::red);
        QVERIFY(wide.save(huge));
        refused = DocumentChoice::setLogo(**ws, huge);
        QVERIFY(!refused && refused.error().contains(QStringLiteral("12000")));
        QVERIFY((*ws)->setting(DocumentChoice::kVendorLogo)->isEmpty());

        // A 1,200-pixel logo is kept at 600 and printed at the top of the title page.
        const QString file = m_dir.filePath(QStringLiteral("northwind.png"));
        QImage logo(1200, 300, QImage::Format_ARGB32);
        logo.fill(QColor(0x2f, 0x6f, 0xd6));
        QVERIFY(logo.save(file));
        QVERIFY(DocumentChoice::setLogo(**ws, file));
        const Result<ReportOptions> chosen = DocumentChoice::load(**ws, PlanId(1));
        QVERIFY(chosen);
        QCOMPARE(QImage::fromData(chosen->vendorLogo).size(), QSize(600, 150));
        ReportOptions o = *chosen;
        o.today = kToday;
        const QString pdf = write(QStringLiteral("logo.pdf"), acmePlan(), o);
        const QStringList images
            = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                  .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 3); // two header lines, one image
        QVERIFY2(images[2].simplified().startsWith(QStringLiteral("1 ")), qPrintable(images[2]));
        const QString html = QString::fromUtf8(
            HtmlReportWriter::toHtml(ReportBuilder::build(acmePlan(), o), PaperSize::A4));
        QVERIFY(html.contains(
            QStringLiteral("<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,")));

        // Removed: no image.
        QVERIFY(DocumentChoice::setLogo(**ws, QString()));
        const Result<ReportOptions> without = DocumentChoice::load(**ws, PlanId(1));
        QVERIFY(without && without->vendorLogo.isEmpty());
        const QString plain = write(QStringLiteral("plain.pdf"), acmePlan(), *without);
        QCOMPARE(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), plain})
                     .split(u'\n', Qt::SkipEmptyParts)
                     .size(),
            2);
    }

    void footerOnEveryPage()
    {
        const QString pdf = write(QStringLiteral("footer.pdf"), manyMilestonesPlan(150), options());
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        const QString fingerprint = QStringLiteral("Fingerprint ")
            + ReportBuilder::build(manyMilestonesPlan(150), options()).shortFingerprint();
        for (int n = 1; n <= pages; ++n) {
            const QString text = pdfText(pdf, n);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(n).arg(pages)),
                qPrintable(text.right(200)));
            QVERIFY(text.contains(QStringLiteral("Version 1.0 \u00b7 2026-02-15")));
            QVERIFY(text.contains(fingerprint));
        }
    }

    void tablesSplitWithTheHeaderRepeated()
    {
        const Plan plan = manyMilestonesPlan(150);
        const QString pdf = write(QStringLiteral("split.pdf"), plan, options());
        const int pages = pdfPages(pdf);
        QList<int> pagesWithRows;
        QStringList seen;
        for (int n = 1; n <= pages; ++n) {
            const QString text = pdfText(pdf, n);
            bool rows = false;
            for (const Milestone &m : plan.milestones) {
                // a row is never cut: its name, owner and date are on one page
                const QString row = QStringLiteral("%1 %2 %3")
                                        .arg(m.name, m.owner, m.targetDate.toString(Qt::ISODate));
                if (text.contains(row)) {
                    QVERIFY2(!seen.contains(m.name), qPrintable(m.name));
                    seen << m.name;
                    rows = true;
                }
            }
            if (rows) {
                pagesWithRows << n;
                // the header row is on every page the table continues on, above the rows
                const qsizetype header
                    = text.indexOf(QStringLiteral("Milestone Owner Due date Status"));
                QVERIFY2(header >= 0, qPrintable(QStringLiteral("page %1 without header").arg(n)));
                QVERIFY(header < text.indexOf(QStringLiteral(" of the rollout")));
            }
        }
        QCOMPARE(seen.size(), 150);
        QVERIFY(pagesWithRows.size() >= 3);
    }

    void markupIsPrintedLiterally()
    {
        const QString pdf = write(QStringLiteral("inject.pdf"), injectionPlan(), options());
        QString text = pdfText(pdf);
        text.remove(u' ');
        for (QString markup : {kImgMarkup, kLinkMarkup, kStyleMarkup}) {
            markup.remove(u' ');
            QVERIFY2(text.contains(markup), qPrintable(markup));
        }
        // nothing loaded into the file: no images, no links
        const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QCOMPARE(images.split(u'\n', Qt::SkipEmptyParts).size(), 2); // the column headers only
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("/URI"));
        QVERIFY(!bytes.contains("/Link")); // Qt lists (empty) annotations on every page
    }

    void largeRoadmapPrintsATimelinePerPhase()
    {
        const Plan plan = test::largePlan(); // 100 milestones in phases
        QVERIFY(plan.milestones.size() > ReportBuilder::kMilestonesPerTimeline);
        DocumentFigures figures;
        std::vector<std::size_t> drawn;
        figures.timeline = [&](const Plan &part, QDate) {
            drawn.push_back(part.milestones.size());
            for (const Milestone &m : part.milestones) {
                const bool phaseKept = std::any_of(part.phases.begin(), part.phases.end(),
                    [&](const Phase &p) { return p.id == m.phase; });
                if (!phaseKept)
                    return Figure();
            }
            return testChart();
        };
        write(QStringLiteral("large-timelines.pdf"), plan, options(), figures);
        QVERIFY(drawn.size() > 1);
        std::size_t total = 0;
        for (std::size_t n : drawn) {
            QVERIFY(n > 0 && n <= ReportBuilder::kMilestonesPerTimeline);
            total += n;
        }
        QCOMPARE(total, plan.milestones.size());
    }

    void figuresAreVectorsAtTextWidth()
    {
        Plan plan = acmePlan();
        DocumentFigures figures;
        int asked = 0;
        figures.kpiChart = [&](const Plan &, MetricId, QDate today) {
            ++asked;
            return today == kToday ? testChart() : Figure();
        };
        const QString pdf = write(QStringLiteral("figures.pdf"), plan, options(), figures);
        QVERIFY(asked >= 1);
        const QString text = pdfText(pdf);
        QCOMPARE(int(text.count(QStringLiteral("TESTCHART"))), asked); // text stays text: vector
        QCOMPARE(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                     .split(u'\n', Qt::SkipEmptyParts)
                     .size(),
            2);
        // without hooks only the numbered captions remain
        const QString bare = pdfText(write(QStringLiteral("bare.pdf"), plan, options()));
        QVERIFY(!bare.contains(QStringLiteral("TESTCHART")));
        QVERIFY(bare.contains(QStringLiteral("Figure 1: Progress of each business outcome")));
    }

    void blankTemplate()
    {
        const QString pdf
            = write(QStringLiteral("blank.pdf"), acmePlan(), options(PaperSize::A4, true));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Acme Corp")));
        QVERIFY(!text.contains(QStringLiteral("Report templates configured")));
        const QString missing = missingInOrder(text,
            {QStringLiteral("Partnership Objectives"), QStringLiteral("Success Metrics"),
                QStringLiteral("Milestone Roadmap"), QStringLiteral("Phase 1: Onboard"),
                QStringLiteral("Mutual Commitments"), QStringLiteral("Stakeholder Engagement Plan"),
                QStringLiteral("Risk & Mitigation"), QStringLiteral("Communication Plan"),
                QStringLiteral("Escalation Path"), QStringLiteral("Sign-off")});
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }
};

QTEST_MAIN(TestDocumentPdf)
#include "tst_documentpdf.moc"
