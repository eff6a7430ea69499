// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "popplertools.h"

#include "document/pdfexporter.h"
#include "export/exportformat.h"
#include "io/planio.h"
#include "model/plan.h"
#include "rules/audiencefilter.h"
#include "slides/slidedeck.h"
#include "text/fieldtext.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using namespace accord::test;

namespace {

const QDate kToday(2026, 2, 15);
const QString kInternalMark = QStringLiteral("Internal version — not for the customer");

ReportOptions options(Audience audience)
{
    ReportOptions o;
    o.today = kToday;
    o.audience = audience;
    return o;
}

// The full test plan (every field set) with a text of its own in every text field:
// "stakeholder.title.2", so that a text found in a document came from that field.
Plan distinctPlan()
{
    Plan plan = fullPlan();
    for (const PlanTable *table : planTables()) {
        for (int row = 0; row < table->rowCount(plan); ++row) {
            for (int f = 0; f < int(table->fields().size()); ++f) {
                const FieldInfo &info = table->fields()[std::size_t(f)];
                const QString text
                    = QStringLiteral("%1.%2.%3 text").arg(table->name(), info.key).arg(row);
                if (info.kind == FieldKind::Text || info.kind == FieldKind::LongText)
                    table->setValue(plan, row, f, text);
                else if (info.kind == FieldKind::StringList)
                    table->setValue(plan, row, f, QStringList {text + QStringLiteral(" one")});
            }
        }
    }
    return plan;
}

Plan acmeSample()
{
    QFile file(QStringLiteral(ACCORD_SOURCE_DIR "/resources/samples/acme-corp.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto plan = importPlanYaml(file.readAll(), QStringLiteral("acme-corp.yaml"));
    return plan ? *plan : Plan {};
}

// What the Acme sample holds for the vendor only: expansion, upsell, health
// components and their weights, the internal KPI tiles.
const QStringList kAcmeInternal {QStringLiteral("Finance team (12 seats)"),
    QStringLiteral("Advanced connectors add-on"),
    QStringLiteral("Show the warehouse connector saving"),
    QStringLiteral("Login frequency, feature usage"),
    QStringLiteral("Payment history, renewal intent"), QStringLiteral("Probability"),
    QStringLiteral("Upgrade %"), QStringLiteral("Expansion %"), QStringLiteral("weights add up"),
    QStringLiteral("Health score by component")};

// Every internal text of a plan, one line at a time: internal tables and fields,
// notes marked internal. Numbers and dates are left out (they can coincide with
// joint values); their labels are in kAcmeInternal.
QStringList internalTexts(const Plan &plan)
{
    QStringList texts;
    for (const PlanTable *table : planTables()) {
        for (int row = 0; row < table->rowCount(plan); ++row) {
            for (int f = 0; f < int(table->fields().size()); ++f) {
                const FieldInfo &info = table->fields()[std::size_t(f)];
                if (!AudienceFilter::isInternal(plan, *table, row, f))
                    continue;
                // people's names are the joint plan's too (an opportunity's owner)
                if ((info.kind != FieldKind::Text && info.kind != FieldKind::LongText
                        && info.kind != FieldKind::StringList)
                    || info.hint == FieldHint::Person)
                    continue;
                const QVariant value = table->value(plan, row, f);
                const QStringList lines = info.kind == FieldKind::StringList
                    ? value.toStringList()
                    : value.toString().split(u'\n');
                for (const QString &line : lines) {
                    if (line.trimmed().size() > 12) // not a word another table has
                        texts << line.trimmed();
                }
            }
        }
    }
    return texts;
}

// The labels of internal fields that no joint field shares: a customer document that
// names one shows the field (even at its default, such as "Onboarding engagement:
// High-touch").
QStringList internalLabels()
{
    QStringList internal;
    QStringList joint;
    for (const PlanTable *table : planTables()) {
        if (table->audience() == Audience::Joint)
            joint << table->label(); // a joint table's heading may share a word
        for (int f = 0; f < int(table->fields().size()); ++f) {
            const QString label = table->fields()[std::size_t(f)].translatedLabel();
            (AudienceFilter::isInternal(*table, f) ? internal : joint) << label;
        }
    }
    // A label that is part of a joint one ("Response" of "Response time") cannot be
    // told apart in a document's text.
    internal.removeIf([&](const QString &label) {
        return std::any_of(joint.cbegin(), joint.cend(),
            [&](const QString &shared) { return shared.contains(label); });
    });
    internal.removeDuplicates();
    return internal;
}

// The texts found in a document (the HTML escaped, Markdown escaped).
QStringList found(const QString &document, const QStringList &texts, ExportFormat::Kind kind)
{
    QStringList hits;
    for (const QString &text : texts) {
        QString needle = text;
        if (kind == ExportFormat::Kind::Html)
            needle = text.toHtmlEscaped();
        if (document.contains(needle)
            || (kind == ExportFormat::Kind::Markdown
                && document.contains(QString(needle).replace(u'#', QStringLiteral("\\#")))))
            hits << text;
    }
    return hits;
}

QString rendered(const Plan &plan, ExportFormat::Kind kind, Audience audience)
{
    return QString::fromUtf8(ExportFormat::render(plan, kind, options(audience)));
}

// The slide titles and every text drawn on the slides, through a PDF.
QString deckText(const Plan &plan, Audience audience, const QString &path)
{
    const std::vector<Figure> slides = SlideDeck::build(plan, kToday, audience);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(SlideDeck::kWidth / 4, SlideDeck::kHeight / 4),
        QPageSize::Point, {}, QPageSize::ExactMatch));
    writer.setPageMargins({});
    writer.setResolution(72);
    QPainter painter(&writer);
    for (std::size_t i = 0; i < slides.size(); ++i) {
        if (i > 0)
            writer.newPage();
        slides[i].paint(&painter, QRectF(QPointF(), QSizeF(writer.width(), writer.height())));
    }
    painter.end();
    return pdfText(path);
}

} // namespace

// A customer gets the joint plan only: the vendor's internal view (AudienceFilter)
// is in no document made for them, and the internal version says so on every page.
class TestCustomerDocument : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pdf(const QString &name, const Plan &plan, Audience audience)
    {
        const QString path = m_dir.filePath(name);
        if (auto written = PdfExporter::write(plan, path, options(audience)); !written)
            qWarning("%s", qPrintable(written.error()));
        return path;
    }

private slots:
    void theFullPlanHasInternalContent()
    {
        // The test plan fills every field: the check below has something to find.
        QVERIFY(internalTexts(distinctPlan()).size() > 20);
        QVERIFY(!internalTexts(acmeSample()).isEmpty());
        QVERIFY(internalLabels().contains(QStringLiteral("Onboarding engagement")));
    }

    void textDocumentsForTheCustomerHaveNoInternalContent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("acme");
        for (const auto kind : {ExportFormat::Kind::Html, ExportFormat::Kind::Markdown}) {
            const QString key = ExportFormat::key(kind);
            QTest::newRow(qPrintable(key + QStringLiteral(" full"))) << int(kind) << false;
            QTest::newRow(qPrintable(key + QStringLiteral(" acme"))) << int(kind) << true;
        }
    }

    void textDocumentsForTheCustomerHaveNoInternalContent()
    {
        QFETCH(int, kind);
        QFETCH(bool, acme);
        const Plan plan = acme ? acmeSample() : distinctPlan();
        const auto k = ExportFormat::Kind(kind);
        const QStringList internal
            = acme ? internalTexts(plan) + kAcmeInternal : internalTexts(plan);
        const QString customer = rendered(plan, k, Audience::Joint);
        const QStringList leaked = found(customer, internal + internalLabels(), k);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));
        QVERIFY(!customer.contains(kInternalMark));
        // The joint plan is all there.
        QVERIFY(customer.contains(QStringLiteral("Mutual Commitments")));

        const QString internalVersion = rendered(plan, k, Audience::Internal);
        QVERIFY(internalVersion.contains(kInternalMark));
        const QStringList there = found(internalVersion, internalTexts(plan), k);
        QCOMPARE(there, internalTexts(plan));
    }

    void theCalendarForTheCustomerHasNoInternalNotes()
    {
        const Plan plan = distinctPlan();
        // the calendar's long lines unfolded
        const auto ics = [&](Audience audience) {
            return rendered(plan, ExportFormat::Kind::Ics, audience)
                .remove(QStringLiteral("\r\n "));
        };
        const QString customer = ics(Audience::Joint);
        QVERIFY(customer.contains(QStringLiteral("BEGIN:VEVENT")));
        for (const Milestone &m : plan.milestones) {
            QVERIFY(m.notesInternal);
            const QString firstLine = m.notes.split(u'\n').first();
            QVERIFY2(!customer.contains(firstLine), qPrintable(firstLine));
        }
        const QString internal = ics(Audience::Internal);
        QVERIFY(internal.contains(plan.milestones.front().notes.split(u'\n').first()));
    }

    void thePdfForTheCustomerHasNoInternalContent_data()
    {
        QTest::addColumn<bool>("acme");
        QTest::newRow("full plan") << false;
        QTest::newRow("acme sample") << true;
    }

    void thePdfForTheCustomerHasNoInternalContent()
    {
        QFETCH(bool, acme);
        const Plan plan = acme ? acmeSample() : distinctPlan();
        const QString name = acme ? QStringLiteral("acme") : QStringLiteral("full");
        QStringList internal = internalTexts(plan) + internalLabels();
        if (acme)
            internal += kAcmeInternal;
        const QString customer
            = pdfText(pdf(name + QStringLiteral("-customer.pdf"), plan, Audience::Joint));
        QVERIFY(customer.contains(QStringLiteral("Mutual Commitments")));
        QStringList leaked;
        for (const QString &text : internal) {
            if (customer.contains(text.simplified()))
                leaked << text;
        }
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));
        QVERIFY(!customer.contains(kInternalMark));
    }

    void theInternalPdfIsMarkedOnEveryPage()
    {
        const Plan plan = acmeSample();
        const QString path = pdf(QStringLiteral("acme-internal.pdf"), plan, Audience::Internal);
        const int pages = pdfPages(path);
        QVERIFY(pages > 3);
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(
                pdfText(path, page).contains(kInternalMark), qPrintable(QString::number(page)));
        const QString all = pdfText(path);
        for (const QString &text : {QStringLiteral("Finance team (12 seats)"),
                 QStringLiteral("Advanced connectors add-on"),
                 QStringLiteral("Login frequency, feature usage")})
            QVERIFY2(all.contains(text), qPrintable(text));
    }

    void theDeckForTheCustomerHasNoInternalContent()
    {
        const Plan plan = acmeSample();
        const QString customer
            = deckText(plan, Audience::Joint, m_dir.filePath(QStringLiteral("deck-customer.pdf")));
        QVERIFY(customer.contains(QStringLiteral("Open risks")));
        for (const QString &text : {QStringLiteral("Health score"), QStringLiteral("Upgrade"),
                 QStringLiteral("Expansion"), QStringLiteral("NPS"), kInternalMark})
            QVERIFY2(!customer.contains(text), qPrintable(text));
        const QString path = m_dir.filePath(QStringLiteral("deck-internal.pdf"));
        const QString internal = deckText(plan, Audience::Internal, path);
        QVERIFY(internal.contains(QStringLiteral("Health score")));
        QVERIFY(internal.contains(QStringLiteral("Upgrade")));
        for (int page = 1; page <= pdfPages(path); ++page)
            QVERIFY2(
                pdfText(path, page).contains(kInternalMark), qPrintable(QString::number(page)));
    }
};

QTEST_MAIN(TestCustomerDocument)
#include "tst_customerdocument.moc"
