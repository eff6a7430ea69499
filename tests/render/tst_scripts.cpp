// SPDX-License-Identifier: GPL-3.0-or-later
#include "popplertools.h"

#include "document/pdfexporter.h"
#include "document/pdfupdate.h"
#include "model/plan.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using namespace accord::test;

namespace {

struct Person {
    const char *script;
    QString name;
    QString fontPattern; // a font of the PDF that has the script's letters
    // Read back character for character. Otherwise compatibility forms count as
    // the same letter: the CJK font draws 田 and the radical ⽥ with one glyph and
    // the PDF may name it by either; Arabic letters read back as their
    // presentation forms (the forms they take in the word, ﻟ for ل).
    bool exact = true;
};

// Names in the scripts a customer's people write them in: conjuncts, vowel
// signs drawn before their consonant, reph, Thai tone marks over vowels, the
// Arabic lam-alef, combining accents.
const std::vector<Person> &people()
{
    static const std::vector<Person> list {
        {"chinese", QStringLiteral("王伟"), QStringLiteral("CJK"), false},
        {"japanese", QStringLiteral("田中 愛子 たなか"), QStringLiteral("CJK"), false},
        {"korean", QStringLiteral("김민준"), QStringLiteral("CJK"), false},
        {"arabic", QStringLiteral("ليلى حداد"), QStringLiteral("DejaVu|Arabic"), false},
        {"arabic lam-alef", QStringLiteral("عبد الله علاء"), QStringLiteral("DejaVu|Arabic"),
            false},
        {"hebrew", QStringLiteral("נועה כהן"), QStringLiteral("DejaVu|Hebrew")},
        {"cyrillic", QStringLiteral("Анна Смирнова"), QStringLiteral("DejaVu")},
        {"greek", QStringLiteral("Ελένη Παπαδοπούλου"), QStringLiteral("DejaVu")},
        {"devanagari", QStringLiteral("प्रिया शर्मा"), QStringLiteral("Devanagari")},
        {"devanagari conjuncts", QStringLiteral("क्षितिज त्रिपाठी"), QStringLiteral("Devanagari")},
        {"bengali", QStringLiteral("সৌমিত্র চট্টোপাধ্যায়"), QStringLiteral("Bengali")},
        {"tamil", QStringLiteral("கார்த்திக் சுப்பிரமணியம்"), QStringLiteral("Tamil")},
        {"thai", QStringLiteral("สมชาย ใจดี"), QStringLiteral("Thai")},
        {"thai tone marks", QStringLiteral("ณัฐพงษ์ น้ำใส"), QStringLiteral("Thai")},
        {"combining accents", QStringLiteral("Zoe\u0308 Nguye\u0302\u0303n"),
            QStringLiteral("DejaVu")},
        {"mixed on one line", QStringLiteral("Priya (प्रिया) Tanaka (田中)"),
            QStringLiteral("Devanagari")},
    };
    return list;
}

const QStringList &milestoneNames();

Plan planOfPeople()
{
    Plan plan;
    plan.account.company = QStringLiteral("Globex");
    plan.account.contractStart = QDate(2026, 1, 1);
    plan.account.renewalDate = QDate(2027, 1, 1);
    qint64 id = 0;
    for (const Person &p : people()) {
        Stakeholder s;
        s.id = StakeholderId(++id);
        s.side = Side::Customer;
        s.name = p.name;
        s.title = QStringLiteral("Sponsor");
        plan.stakeholders.push_back(s);
    }
    for (const QString &name : milestoneNames()) {
        Milestone m;
        m.id = RowId(++id);
        m.name = name;
        m.targetDate = QDate(2026, 3, 1).addMonths(int(plan.milestones.size()) * 2);
        plan.milestones.push_back(m);
    }
    return plan;
}

// Milestones the timeline figure draws as labels, as well as the table listing them.
const QStringList &milestoneNames()
{
    static const QStringList names {
        QStringLiteral("प्रशिक्षण"), QStringLiteral("ฝึกอบรม"), QStringLiteral("কর্মশালা")};
    return names;
}

// The decoded content streams of every page.
QByteArrayList pageContents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const PdfUpdate pdf(file.readAll());
    QByteArrayList contents;
    for (const int number : pdf.contentStreams())
        contents.append(pdf.streamData(number).value_or(QByteArray()));
    return contents;
}

} // namespace

// Every script a name may be written in prints with real letters: the PDF's text
// reads back as typed and a font with the script's letters is embedded for it.
class TestScripts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_text;
    QString m_fonts;

private slots:
    void initTestCase()
    {
        m_pdf = m_dir.filePath(QStringLiteral("people.pdf"));
        ReportOptions options;
        options.today = QDate(2026, 11, 30);
        QVERIFY(PdfExporter::write(planOfPeople(), m_pdf, options, DocumentFigures::standard()));
        m_text = runTool(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_pdf, QStringLiteral("-")});
        m_fonts = runTool(QStringLiteral("pdffonts"), {m_pdf});
    }

    void everyFontIsEmbedded()
    {
        const QStringList lines = m_fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(lines.size() > 2);
        for (const QString &line : lines) {
            // name type encoding emb sub uni object ID
            const QStringList cells = line.simplified().split(u' ');
            QVERIFY2(cells.size() >= 7 && cells.at(cells.size() - 5) == u"yes", qPrintable(line));
        }
    }

    // No glyph is the font's "missing letter" box (glyph 0, .notdef).
    void noLetterIsMissing()
    {
        const QByteArrayList contents = pageContents(m_pdf);
        QVERIFY(!contents.isEmpty());
        for (const QByteArray &content : contents) {
            QVERIFY(content.contains(" Tj"));
            QVERIFY(!content.contains("<0000> Tj"));
        }
    }

    // The spans added after Qt wrote the file leave a PDF poppler reads without a
    // complaint, and pages that render.
    void theFileStaysWellFormed()
    {
        for (const QString &tool : {QStringLiteral("pdfinfo"), QStringLiteral("pdftoppm")}) {
            QProcess process;
            QStringList args {m_pdf};
            if (tool == u"pdftoppm")
                args = QStringList {QStringLiteral("-r"), QStringLiteral("20"), m_pdf,
                    m_dir.filePath(QStringLiteral("page"))};
            process.start(tool, args);
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
        }
    }

    // The timeline's labels are marked as well as the table's cells: each
    // milestone's name is the text of at least two spans.
    void figureTextIsMarked()
    {
        QByteArray all;
        for (const QByteArray &content : pageContents(m_pdf))
            all += content;
        for (const QString &name : milestoneNames()) {
            const QByteArray span = "/ActualText " + PdfUpdate::textString(name);
            QVERIFY2(all.count(span) >= 2, qPrintable(name));
            QVERIFY2(m_text.contains(name), qPrintable(name));
        }
        // A line that reads back by itself gets no span.
        QVERIFY(!all.contains("/ActualText " + PdfUpdate::textString(QStringLiteral("Globex"))));
    }

    void namesReadBackAsTyped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fontPattern");
        QTest::addColumn<bool>("exact");
        for (const Person &p : people())
            QTest::newRow(p.script) << p.name << p.fontPattern << p.exact;
    }

    void namesReadBackAsTyped()
    {
        QFETCH(QString, name);
        QFETCH(QString, fontPattern);
        QFETCH(bool, exact);
        QVERIFY2(m_fonts.contains(QRegularExpression(fontPattern)), qPrintable(m_fonts));
        if (exact) {
            QVERIFY2(m_text.contains(name), qPrintable(name));
        } else {
            const auto kc = QString::NormalizationForm_KC;
            QVERIFY2(m_text.normalized(kc).contains(name.normalized(kc)), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestScripts)
#include "tst_scripts.moc"
