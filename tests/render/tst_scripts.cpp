// SPDX-License-Identifier: GPL-3.0-or-later
#include "popplertools.h"

#include "document/pdfexporter.h"
#include "model/plan.h"

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
};

// Names in the scripts a customer's people write them in.
const std::vector<Person> &people()
{
    static const std::vector<Person> list {
        {"chinese", QStringLiteral("王伟"), QStringLiteral("CJK")},
        {"japanese", QStringLiteral("田中 愛子 たなか"), QStringLiteral("CJK")},
        {"korean", QStringLiteral("김민준"), QStringLiteral("CJK")},
        {"arabic", QStringLiteral("ليلى حداد"), QStringLiteral("DejaVu|Arabic")},
        {"hebrew", QStringLiteral("נועה כהן"), QStringLiteral("DejaVu|Hebrew")},
        {"cyrillic", QStringLiteral("Анна Смирнова"), QStringLiteral("DejaVu")},
        {"greek", QStringLiteral("Ελένη Παπαδοπούλου"), QStringLiteral("DejaVu")},
        {"devanagari", QStringLiteral("प्रिया शर्मा"), QStringLiteral("Devanagari")},
        {"thai", QStringLiteral("สมชาย ใจดี"), QStringLiteral("Thai")},
    };
    return list;
}

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
    return plan;
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
        QVERIFY(PdfExporter::write(planOfPeople(), m_pdf, options));
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

    void namesReadBackAsTyped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fontPattern");
        for (const Person &p : people())
            QTest::newRow(p.script) << p.name << p.fontPattern;
    }

    void namesReadBackAsTyped()
    {
        QFETCH(QString, name);
        QFETCH(QString, fontPattern);
        QVERIFY2(m_fonts.contains(QRegularExpression(fontPattern)), qPrintable(m_fonts));
        QEXPECT_FAIL("devanagari",
            "drawn right (a font with the script is embedded), but Qt's PDF writer gives a "
            "conjunct glyph such as \"प्र\" no text, so pdftotext drops it",
            Continue);
        // compatibility forms alike: the CJK font draws 田 and the radical ⽥ with one
        // glyph, and the PDF may name it by either
        QVERIFY2(m_text.normalized(QString::NormalizationForm_KC)
                     .contains(name.normalized(QString::NormalizationForm_KC)),
            qPrintable(name));
    }
};

QTEST_MAIN(TestScripts)
#include "tst_scripts.moc"
