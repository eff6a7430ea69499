// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreportwriter.h"

#include <QCoreApplication>

namespace accord {

using namespace ReportBlock;

namespace {

const char16_t kStyle[] = uR"(
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10pt;
  color: #1f2a44; line-height: 1.45; max-width: 52em; margin: 2em auto; padding: 0 1.5em; }
.running { color: #6b7588; font-size: 8pt; border-bottom: 0.5pt solid #d5dbe6;
  padding-bottom: 0.4em; margin-bottom: 1.5em; }
.kicker { color: #2f6fd6; text-transform: uppercase; letter-spacing: 0.12em;
  font-size: 8.5pt; font-weight: bold; margin: 0; }
.logo { float: right; max-height: 48px; max-width: 200px; }
h1 { font-size: 24pt; margin: 0.1em 0 0.1em; }
.subtitle { font-size: 13pt; color: #6b7588; margin: 0 0 1.2em; }
h2 { font-size: 15pt; color: #2f6fd6; border-bottom: 1pt solid #2f6fd6;
  padding-bottom: 0.15em; margin: 1.8em 0 0.6em; page-break-after: avoid; }
h2 .num { display: inline-block; min-width: 1.6em; }
h3 { font-size: 11.5pt; margin: 1.3em 0 0.4em; page-break-after: avoid; }
h4 { font-size: 10pt; margin: 1em 0 0.3em; page-break-after: avoid; }
p { margin: 0.4em 0 0.6em; }
.note { color: #6b7588; font-style: italic; }
blockquote { border-left: 3pt solid #2f6fd6; margin: 0.6em 0; padding: 0.2em 0.9em;
  font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 9pt; }
table.grid th { background: #2f6fd6; color: #fff; text-align: left; padding: 0.35em 0.5em; }
table.grid td { padding: 0.35em 0.5em; border-bottom: 0.5pt solid #d5dbe6; vertical-align: top; }
table.grid tbody tr:nth-child(even) td { background: #f4f6fa; }
table.grid tr.blank td { height: 1.6em; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
table.kv { width: auto; min-width: 60%; }
table.kv th { text-align: left; color: #6b7588; font-weight: normal; padding: 0.2em 1.2em 0.2em 0;
  vertical-align: top; white-space: nowrap; }
table.kv td { padding: 0.2em 0; }
table.kv td.blank { border-bottom: 0.5pt solid #1f2a44; min-width: 18em; }
ul { margin: 0.3em 0 0.8em; padding-left: 1.4em; }
ul.checks { list-style: none; padding-left: 0.2em; }
li.blank { border-bottom: 0.5pt solid #1f2a44; height: 1.5em; list-style: none; }
figure { margin: 0.8em 0 1.2em; }
figcaption { color: #6b7588; font-style: italic; font-size: 9pt; }
.notice { border: 1pt solid #e07a1b; background: #fdf3e8; padding: 0.5em 0.9em; margin: 0.8em 0; }
.notice strong { color: #b4570b; }
.page-break { page-break-before: always; }
.signatures { display: flex; flex-wrap: wrap; gap: 1.5em 3em; margin: 0.5em 0 1.5em; }
.signature { flex: 1 1 18em; }
.signature .line { border-bottom: 0.75pt solid #1f2a44; height: 2.6em; }
.signature .caption { color: #6b7588; font-size: 8pt; margin-top: 0.2em; }
.internal { color: #b42318; font-weight: bold; border: 1pt solid #b42318; padding: 0.3em 0.6em;
  margin-bottom: 1em; }
@media print { .internal { position: fixed; top: 0; right: 0; margin: 0; } }
footer { color: #6b7588; font-size: 8pt; border-top: 0.5pt solid #d5dbe6;
  margin-top: 2.5em; padding-top: 0.4em; }
)";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped, with the text's line breaks kept.
QString escLines(const QString &text)
{
    QString trimmed = text;
    while (!trimmed.isEmpty() && trimmed.back().isSpace())
        trimmed.chop(1);
    return esc(trimmed).replace(u'\n', QStringLiteral("<br>"));
}

class Writer {
public:
    explicit Writer(const Report &report)
        : m_report(report)
    {
    }

    QString run(PaperSize paper);

private:
    void write(const Title &b);
    void write(const Heading &b);
    void write(const Paragraph &b);
    void write(const KeyValues &b);
    void write(const Table &b);
    void write(const Bullets &b);
    void write(const ReportBlock::Figure &b);
    void write(const Notice &b);
    void write(const Signature &b);
    void write(const SignOffRecord &b);
    void write(const PageBreak &);
    void grid(const TextTable &table, int blankRows);
    void closeSignatures();

    const Report &m_report;
    QString m_out;
    bool m_inSignatures = false;
};

QString Writer::run(PaperSize paper)
{
    const QString size
        = paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("A4");
    m_out += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    m_out += QStringLiteral("<title>%1</title>\n").arg(esc(m_report.title));
    m_out += QStringLiteral("<meta name=\"author\" content=\"%1\">\n").arg(esc(m_report.author));
    m_out += QStringLiteral("<meta name=\"description\" content=\"%1\">\n")
                 .arg(esc(m_report.subject));
    m_out += QStringLiteral("<style>\n@page { size: %1; margin: 18mm 16mm; }").arg(size);
    m_out += QString::fromUtf16(kStyle);
    m_out += QStringLiteral("</style>\n</head>\n<body>\n");
    if (m_report.internal) // at the top, and on every printed page
        m_out += QStringLiteral("<div class=\"internal\">%1</div>\n")
                     .arg(esc(m_report.internalMark()));
    m_out += QStringLiteral("<div class=\"running\">%1</div>\n").arg(esc(m_report.runningHeader()));
    for (const Block &block : m_report.blocks) {
        if (m_inSignatures && !std::holds_alternative<Signature>(block))
            closeSignatures();
        std::visit([this](const auto &b) { write(b); }, block);
    }
    closeSignatures();
    m_out += QStringLiteral("<footer>%1 \u00b7 %2</footer>\n</body>\n</html>\n")
                 .arg(esc(m_report.footerVersion()),
                     esc(QCoreApplication::translate("accord::Report", "Fingerprint %1")
                             .arg(m_report.shortFingerprint())));
    return m_out;
}

void Writer::write(const Title &b)
{
    if (!b.logo.isEmpty()) // the bytes are a PNG that DocumentChoice::setLogo() made
        m_out += QStringLiteral("<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,%1\">\n")
                     .arg(QString::fromLatin1(b.logo.toBase64()));
    m_out += QStringLiteral("<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n")
                 .arg(esc(b.kicker), esc(b.title));
    if (!b.subtitle.isEmpty())
        m_out += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(esc(b.subtitle));
}

void Writer::write(const Heading &b)
{
    const int level = qBound(1, b.level, 3) + 1;
    const QString number = b.number.isEmpty()
        ? QString()
        : QStringLiteral("<span class=\"num\">%1 </span>").arg(esc(b.number));
    m_out += QStringLiteral("<h%1>%2%3</h%1>\n").arg(level).arg(number, esc(b.text));
}

void Writer::write(const Paragraph &b)
{
    switch (b.style) {
    case Paragraph::Style::Body:
        m_out += QStringLiteral("<p>%1</p>\n").arg(escLines(b.text));
        break;
    case Paragraph::Style::Quote:
        m_out += QStringLiteral("<blockquote>\u201c%1\u201d</blockquote>\n").arg(escLines(b.text));
        break;
    case Paragraph::Style::Note:
        m_out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(escLines(b.text));
        break;
    }
}

void Writer::write(const KeyValues &b)
{
    m_out += QStringLiteral("<table class=\"kv\">\n");
    for (const auto &[label, value] : b.items) {
        const bool blank = b.blank && value.isEmpty();
        m_out += QStringLiteral("<tr><th>%1</th><td%2>%3</td></tr>\n")
                     .arg(esc(label), blank ? QStringLiteral(" class=\"blank\"") : QString(),
                         blank ? QStringLiteral("&nbsp;") : escLines(value));
    }
    m_out += QStringLiteral("</table>\n");
}

void Writer::grid(const TextTable &table, int blankRows)
{
    m_out += QStringLiteral("<table class=\"grid\">\n<thead><tr>");
    for (const QString &h : table.header)
        m_out += QStringLiteral("<th>%1</th>").arg(esc(h));
    m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : table.rows) {
        m_out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < table.header.size(); ++c)
            m_out += QStringLiteral("<td>%1</td>").arg(escLines(row.value(c)));
        m_out += QStringLiteral("</tr>\n");
    }
    for (int r = 0; r < blankRows; ++r)
        m_out += QStringLiteral("<tr class=\"blank\">")
            + QStringLiteral("<td>&nbsp;</td>").repeated(table.header.size())
            + QStringLiteral("</tr>\n");
    m_out += QStringLiteral("</tbody>\n</table>\n");
}

void Writer::write(const Table &b)
{
    grid(b.table, b.blankRows);
}

void Writer::write(const Bullets &b)
{
    m_out += b.checkboxes ? QStringLiteral("<ul class=\"checks\">\n") : QStringLiteral("<ul>\n");
    for (qsizetype i = 0; i < b.items.size(); ++i) {
        const QString box = !b.checkboxes ? QString()
            : b.checked.value(i)          ? QStringLiteral("\u2611 ")
                                          : QStringLiteral("\u2610 ");
        m_out += QStringLiteral("<li>%1%2</li>\n").arg(box, escLines(b.items[i]));
    }
    for (int i = 0; i < b.blankItems; ++i)
        m_out += QStringLiteral("<li class=\"blank\">&nbsp;</li>\n");
    m_out += QStringLiteral("</ul>\n");
}

void Writer::write(const ReportBlock::Figure &b)
{
    if (b.data.isEmpty()) // a picture only: nothing to show without it
        return;
    m_out += QStringLiteral("<figure>\n<figcaption>%1</figcaption>\n").arg(esc(b.caption));
    if (!b.data.isEmpty())
        grid(b.data, 0);
    m_out += QStringLiteral("</figure>\n");
}

void Writer::write(const Notice &b)
{
    m_out += QStringLiteral("<div class=\"notice\"><strong>%1</strong><p>%2</p></div>\n")
                 .arg(esc(b.title), escLines(b.text));
}

void Writer::write(const Signature &b)
{
    if (!m_inSignatures) {
        m_out += QStringLiteral("<div class=\"signatures\">\n");
        m_inSignatures = true;
    }
    const QString date = b.date.isValid() ? b.date.toString(Qt::ISODate) : QString();
    m_out += QStringLiteral("<div class=\"signature\">\n<table class=\"kv\">\n");
    const std::pair<QString, QString> rows[]
        = {{QCoreApplication::translate("accord::Report", "Name:"), b.name},
            {QCoreApplication::translate("accord::Report", "Title:"), b.title},
            {QCoreApplication::translate("accord::Report", "Date:"), date}};
    for (const auto &[label, value] : rows)
        m_out += QStringLiteral("<tr><th>%1</th><td%2>%3</td></tr>\n")
                     .arg(esc(label),
                         value.isEmpty() ? QStringLiteral(" class=\"blank\"") : QString(),
                         value.isEmpty() ? QStringLiteral("&nbsp;") : esc(value));
    m_out += QStringLiteral(
        "</table>\n<div class=\"line\"></div>\n<div class=\"caption\">%1</div>\n</div>\n")
                 .arg(esc(QCoreApplication::translate("accord::Report", "Signature \u2014 %1")
                              .arg(b.party)));
}

void Writer::closeSignatures()
{
    if (!m_inSignatures)
        return;
    m_out += QStringLiteral("</div>\n");
    m_inSignatures = false;
}

void Writer::write(const SignOffRecord &b)
{
    m_out += QStringLiteral("<h4>%1</h4>\n<table class=\"kv\">\n")
                 .arg(esc(QCoreApplication::translate("accord::Report", "Recorded sign-off")));
    const std::pair<QString, QString> rows[] = {
        {QCoreApplication::translate("accord::Report", "Signed on:"), b.date.toString(Qt::ISODate)},
        {QCoreApplication::translate("accord::Report", "Version:"), b.version},
        {QCoreApplication::translate("accord::Report", "Fingerprint:"), b.fingerprint},
        {QCoreApplication::translate("accord::Report", "Signed by:"), b.signatories.join(u'\n')}};
    for (const auto &[label, value] : rows)
        m_out
            += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), escLines(value));
    m_out += QStringLiteral("</table>\n");
    if (b.changedSince)
        m_out
            += QStringLiteral("<div class=\"notice\"><strong>%1</strong><p>%2</p></div>\n")
                   .arg(esc(QCoreApplication::translate("accord::Report", "Changed since signed")),
                       esc(QCoreApplication::translate("accord::Report",
                           "The plan has been edited since this sign-off; the content "
                           "signed is not the content shown.")));
}

void Writer::write(const PageBreak &)
{
    m_out += QStringLiteral("<div class=\"page-break\"></div>\n");
}

} // namespace

QByteArray HtmlReportWriter::toHtml(const Report &report, PaperSize paper)
{
    return Writer(report).run(paper).toUtf8();
}

} // namespace accord
