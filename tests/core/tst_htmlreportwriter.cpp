// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/reportfixtures.h"

#include "report/htmlreportwriter.h"
#include "report/reportbuilder.h"

#include <QRegularExpression>
#include <QTest>

using namespace accord;

namespace {

QString html(const Plan &plan, bool blank = false, PaperSize paper = PaperSize::A4)
{
    ReportOptions options;
    options.today = QDate(2026, 2, 15);
    options.blank = blank;
    return QString::fromUtf8(HtmlReportWriter::toHtml(ReportBuilder::build(plan, options), paper));
}

int count(const QString &text, const QString &needle)
{
    return int(text.count(needle, Qt::CaseInsensitive));
}

} // namespace

class TestHtmlReportWriter : public QObject {
    Q_OBJECT

private slots:
    void selfContained()
    {
        const QString page = html(test::acmePlan());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QCOMPARE(count(page, QStringLiteral("<style")), 1);
        for (const char *external : {"<script", "<link", "<img", "<iframe", "<object",
                 "src=", "href=", "url(", "@import", "http:", "https:"})
            QVERIFY2(!page.contains(QString::fromLatin1(external), Qt::CaseInsensitive), external);
        QVERIFY(page.contains(QStringLiteral("<title>Customer Success Plan: Acme Corp</title>")));
        QVERIFY(page.contains(QStringLiteral("@page { size: A4;")));
        QVERIFY(html(test::acmePlan(), false, PaperSize::Letter)
                    .contains(QStringLiteral("@page { size: letter;")));
    }

    void contentInOrder()
    {
        const Plan plan = test::acmePlan();
        const QString page = html(plan);
        qsizetype at = page.indexOf(QStringLiteral("Partnership Objectives"));
        QVERIFY(at > 0);
        for (const Outcome &o : plan.outcomes) {
            at = page.indexOf(o.description.trimmed().toHtmlEscaped(), at);
            QVERIFY2(at > 0, qPrintable(o.description));
        }
        at = page.indexOf(QStringLiteral("Milestone Roadmap"), at);
        for (const Milestone &m : plan.milestones) {
            at = page.indexOf(QStringLiteral("<td>%1</td><td>%2</td>").arg(m.name, m.owner), at);
            QVERIFY2(at > 0, qPrintable(m.name));
        }
        at = page.indexOf(QStringLiteral("Risk &amp; Mitigation"), at);
        for (const Risk &r : plan.risks) {
            at = page.indexOf(r.description.toHtmlEscaped(), at);
            QVERIFY2(at > 0, qPrintable(r.description));
        }
        at = page.indexOf(QStringLiteral("Sign-off"), at);
        for (const char *name : {"Sarah Chen", "Mike Torres", "Jane Smith"}) {
            at = page.indexOf(QString::fromLatin1(name), at);
            QVERIFY2(at > 0, name);
        }
        QCOMPARE(count(page, QStringLiteral("<div class=\"signature\">")), 3);
        QVERIFY(page.contains(QStringLiteral("class=\"page-break\"")));
    }

    void markupInTheTextStaysText()
    {
        const QString page = html(test::injectionPlan());
        QVERIFY(page.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")));
        QVERIFY(page.contains(
            QStringLiteral("&lt;a href=&quot;http://example.com&quot;&gt;x&lt;/a&gt;")));
        QVERIFY(page.contains(QStringLiteral("&lt;style&gt;body{display:none}&lt;/style&gt;")));
        QCOMPARE(count(page, QStringLiteral("<img")), 0);
        QCOMPARE(count(page, QStringLiteral("<a ")), 0);
        QCOMPARE(count(page, QStringLiteral("<a href")), 0);
        QCOMPARE(count(page, QStringLiteral("<style")), 1); // our own, in the head
        QVERIFY(page.indexOf(QStringLiteral("<style")) < page.indexOf(QStringLiteral("</head>")));
        // each only as escaped text
        QCOMPARE(count(page, QStringLiteral("display:none")),
            count(page, QStringLiteral("&lt;style&gt;body{display:none}&lt;/style&gt;")));
        // attribute values too: the metadata quotes nothing unescaped
        static const QRegularExpression meta(
            QStringLiteral("<meta name=\"author\" content=\"([^\"]*)\">"));
        QVERIFY(meta.match(page).hasMatch());
        QVERIFY(page.contains(QStringLiteral("<title>Customer Success Plan: Acme &lt;style&gt;")));
    }

    void blankFormHasRowsToFillIn()
    {
        const QString page = html(test::acmePlan(), true);
        QVERIFY(count(page, QStringLiteral("<tr class=\"blank\">")) >= 20);
        QVERIFY(!page.contains(QStringLiteral("Report templates configured")));
        QVERIFY(page.contains(QStringLiteral("Escalation Path")));
    }

    void chartsAsTheirData()
    {
        Plan plan = test::acmePlan();
        plan.measurements.push_back({RowId(1), plan.metrics.front().id, QDate(2025, 12, 1), 2.5,
            QStringLiteral("after templates"), {}});
        const QString page = html(plan);
        const qsizetype figure = page.indexOf(
            QStringLiteral("<figure>\n<figcaption>") + plan.metrics.front().name.toHtmlEscaped());
        QVERIFY(figure > 0);
        QVERIFY(page.indexOf(QStringLiteral("<td>2025-12-01</td>"), figure) > figure);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReportWriter)
#include "tst_htmlreportwriter.moc"
