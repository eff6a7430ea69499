// SPDX-License-Identifier: GPL-3.0-or-later
#include "../render/popplertools.h"
#include "../support/testdata.h"
#include "clitestsupport.h"

#include "report/documentchoice.h"
#include "storage/sqliteworkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using test::runAccord;

// `accord export PLAN --format pdf|html` as a user runs it: without a display, on
// the paper asked for, as a blank form, and with markup in the plan left as text.
class TestDocumentCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun accord(QStringList args) const
    {
        args << QStringLiteral("--workspace") << QStringLiteral("docs.accord");
        return runAccord(args, m_dir.path());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::CliRun run
            = runAccord({QStringLiteral("import"), test::dataPath("acme-corp.yaml"),
                            QStringLiteral("--workspace"), QStringLiteral("docs.accord")},
                m_dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void pdfWithoutADisplay()
    {
        const test::CliRun run = accord(
            {QStringLiteral("export"), QStringLiteral("Acme Corp"), QStringLiteral("--format"),
                QStringLiteral("pdf"), QStringLiteral("-o"), QStringLiteral("acme.pdf")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("as pdf to")));
        const QString pdf = path(QStringLiteral("acme.pdf"));
        // C locale (the tests run with LC_ALL=C.UTF-8): A4
        QCOMPARE(
            test::pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
        QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Title")),
            QStringLiteral("Customer Success Plan: Acme Corp"));
        QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Author")), QStringLiteral("Jane Smith"));
        const QString text = test::pdfText(pdf);
        QVERIFY(test::missingInOrder(text,
            {QStringLiteral("Partnership Objectives"),
                QStringLiteral("Report templates configured"), QStringLiteral("Sign-off"),
                QStringLiteral("Sarah Chen")})
                    .isEmpty());
    }

    // The app's sample has internal content (expansion, upsell, health components).
    void audienceAndSectionsByOption()
    {
        const auto sample = [this](QStringList args) {
            args << QStringLiteral("--workspace") << QStringLiteral("sample.accord");
            return runAccord(args, m_dir.path());
        };
        QCOMPARE(sample({QStringLiteral("import"),
                            QStringLiteral(ACCORD_SOURCE_DIR "/resources/samples/acme-corp.yaml")})
                     .exitCode,
            0);
        const QString internalText = QStringLiteral("Finance team (12 seats)");
        const QString mark = QStringLiteral("Internal version — not for the customer");
        test::CliRun run = sample({QStringLiteral("export"), QStringLiteral("1"),
            QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("-f"), QStringLiteral("md")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("## 4. Mutual Commitments")));
        QVERIFY(!run.out.contains(internalText));
        QVERIFY(!run.out.contains(mark));

        run = sample({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"),
            QStringLiteral("internal.pdf"), QStringLiteral("--audience"),
            QStringLiteral("internal")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString pdf = path(QStringLiteral("internal.pdf"));
        QVERIFY(test::pdfText(pdf).contains(internalText));
        for (int page = 1; page <= test::pdfPages(pdf); ++page)
            QVERIFY(test::pdfText(pdf, page).contains(mark));

        // Only the sections asked for, numbered in the document's order.
        run = sample({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"),
            QStringLiteral("-"), QStringLiteral("-f"), QStringLiteral("md"),
            QStringLiteral("--sections"), QStringLiteral("signoff, risks")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("## 1. Risk & Mitigation")));
        QVERIFY(run.out.contains(QStringLiteral("## 2. Sign-off")));
        QVERIFY(!run.out.contains(QStringLiteral("## 3.")));
        QVERIFY(!run.out.contains(QStringLiteral("Partnership Objectives")));

        // Without --sections: the ones last chosen for the plan (in the window).
        {
            auto ws = SqliteWorkspace::open(path(QStringLiteral("sample.accord")));
            QVERIFY2(ws, qPrintable(ws.error()));
            ReportOptions chosen;
            chosen.sections = {ReportSection::Roadmap, ReportSection::Escalation};
            chosen.audience = Audience::Internal; // the audience is never remembered here
            QVERIFY(DocumentChoice::save(**ws, PlanId(1), chosen));
        }
        run = sample({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"),
            QStringLiteral("-"), QStringLiteral("-f"), QStringLiteral("md")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("## 1. Milestone Roadmap")));
        QVERIFY(run.out.contains(QStringLiteral("## 2. Escalation Path")));
        QVERIFY(!run.out.contains(QStringLiteral("## 3.")));
        QVERIFY(!run.out.contains(mark));
    }

    void letterAndBlankByOption()
    {
        const test::CliRun run = accord({QStringLiteral("export"), QStringLiteral("1"),
            QStringLiteral("-o"), QStringLiteral("blank.pdf"), QStringLiteral("--page-size"),
            QStringLiteral("letter"), QStringLiteral("--blank")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString pdf = path(QStringLiteral("blank.pdf"));
        QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Page size")),
            QStringLiteral("612 x 792 pts (letter)"));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Escalation Path")));
        QVERIFY(!text.contains(QStringLiteral("Report templates configured")));
    }

    void html()
    {
        const test::CliRun run = accord({QStringLiteral("export"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"),
            QStringLiteral("-"), QStringLiteral("--page-size"), QStringLiteral("letter")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(run.out.contains(QStringLiteral("@page { size: letter;")));
        QVERIFY(run.out.contains(
            QStringLiteral("<td>Report templates configured</td><td>Mike Torres</td>")));
        QVERIFY(!run.out.contains(QStringLiteral("<script")));

        const test::CliRun file = accord({QStringLiteral("export"), QStringLiteral("1"),
            QStringLiteral("-o"), QStringLiteral("acme.html")});
        QVERIFY2(file.exitCode == 0, qPrintable(file.err));
        QVERIFY(test::readAll(path(QStringLiteral("acme.html"))).contains("Milestone Roadmap"));
    }

    void markupStaysText()
    {
        QFile yaml(test::dataPath("acme-corp.yaml"));
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QByteArray text = yaml.readAll();
        text.replace("\"Acme Corp\"",
            "'Acme <img src=\"file:///etc/passwd\"> <style>body{display:none}</style>'");
        QVERIFY(test::writeBytes(path(QStringLiteral("inject.yaml")), text));
        QVERIFY(
            accord({QStringLiteral("import"), path(QStringLiteral("inject.yaml"))}).exitCode == 0);
        const test::CliRun html
            = accord({QStringLiteral("export"), QStringLiteral("2"), QStringLiteral("-f"),
                QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(html.exitCode == 0, qPrintable(html.err));
        QVERIFY(html.out.contains(
            QStringLiteral("Acme &lt;img src=&quot;file:///etc/passwd&quot;&gt;")));
        QVERIFY(!html.out.contains(QStringLiteral("<img")));
        QCOMPARE(int(html.out.count(QStringLiteral("<style"))), 1);
        const test::CliRun pdf = accord({QStringLiteral("export"), QStringLiteral("2"),
            QStringLiteral("-o"), QStringLiteral("inject.pdf")});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QString printed = test::pdfText(path(QStringLiteral("inject.pdf")));
        QVERIFY(
            printed.remove(u' ').contains(QStringLiteral("Acme<imgsrc=\"file:///etc/passwd\">")));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString exp = QStringLiteral("export");
        QTest::newRow("unknown paper") << QStringList {exp, QStringLiteral("1"),
            QStringLiteral("-o"), QStringLiteral("x.pdf"), QStringLiteral("--page-size"),
            QStringLiteral("a5")} << 2 << QStringLiteral("Unknown page size \"a5\"");
        QTest::newRow("paper for yaml")
            << QStringList {exp, QStringLiteral("1"), QStringLiteral("-o"),
                   QStringLiteral("x.yaml"), QStringLiteral("--page-size"), QStringLiteral("a4")}
            << 2 << QStringLiteral("only applies to the pdf and html formats");
        QTest::newRow("blank for ics")
            << QStringList {exp, QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("x.ics"),
                   QStringLiteral("--blank")}
            << 2 << QStringLiteral("--blank only applies to the pdf, html and md formats");
        QTest::newRow("audience for yaml")
            << QStringList {exp, QStringLiteral("1"), QStringLiteral("-o"),
                   QStringLiteral("x.yaml"), QStringLiteral("--audience"),
                   QStringLiteral("customer")}
            << 2 << QStringLiteral("--audience only applies to the pdf, html, md and ics formats");
        QTest::newRow("unknown audience")
            << QStringList {exp, QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("x.pdf"),
                   QStringLiteral("--audience"), QStringLiteral("board")}
            << 2 << QStringLiteral("Unknown audience \"board\". Audiences: customer, internal.");
        QTest::newRow("unknown section")
            << QStringList {exp, QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("x.pdf"),
                   QStringLiteral("--sections"), QStringLiteral("risks,finances")}
            << 2 << QStringLiteral("Unknown section \"finances\". Sections: objectives, metrics");
        QTest::newRow("pdf to stdout") << QStringList {exp, QStringLiteral("1"),
            QStringLiteral("-f"), QStringLiteral("pdf"), QStringLiteral("-o"), QStringLiteral("-")}
                                       << 2 << QStringLiteral("pdf needs a file");
    }

    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const test::CliRun run = accord(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestDocumentCli)
#include "tst_documentcli.moc"
