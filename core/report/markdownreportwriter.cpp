// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreportwriter.h"

#include "io/markdowntext.h"

#include <QCoreApplication>

namespace accord {

using namespace ReportBlock;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Report", text);
}

// A line to write on, in a blank form and a signature block.
const QString kFillIn = QStringLiteral("________________");

class Writer {
public:
    explicit Writer(const Report &report)
        : m_report(report)
    {
    }

    QString run();

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
    void write(const PageBreak &) { }
    void grid(const TextTable &table, int blankRows);
    void add(const QString &block) { m_blocks << block; }

    const Report &m_report;
    QStringList m_blocks;
};

QString Writer::run()
{
    for (const Block &block : m_report.blocks)
        std::visit([this](const auto &b) { write(b); }, block);
    QStringList footer {
        m_report.footerVersion(), tr("Fingerprint %1").arg(m_report.shortFingerprint())};
    if (m_report.internal)
        footer.prepend(m_report.internalMark());
    add(QStringLiteral("---"));
    add(QStringLiteral("*%1*").arg(
        MarkdownText::inlineText(footer.join(QStringLiteral(" \u00b7 ")))));
    return m_blocks.join(QStringLiteral("\n\n")) + u'\n';
}

void Writer::write(const Title &b)
{
    add(MarkdownText::heading(1, m_report.title));
    if (m_report.internal)
        add(QStringLiteral("> ") + MarkdownText::bold(m_report.internalMark()));
    if (!b.subtitle.isEmpty() && b.subtitle != m_report.title)
        add(MarkdownText::bold(b.subtitle));
}

void Writer::write(const Heading &b)
{
    if (b.level == 1) {
        add(QStringLiteral("---"));
        add(MarkdownText::heading(2, tr("%1. %2").arg(b.number, b.text)));
        return;
    }
    add(MarkdownText::heading(qBound(2, b.level, 3) + 1, b.text));
}

void Writer::write(const Paragraph &b)
{
    switch (b.style) {
    case Paragraph::Style::Body:
        add(MarkdownText::block(b.text));
        break;
    case Paragraph::Style::Quote:
        add(MarkdownText::quote(b.text));
        break;
    case Paragraph::Style::Note:
        add(QStringLiteral("*%1*").arg(MarkdownText::inlineText(b.text)));
        break;
    }
}

void Writer::write(const KeyValues &b)
{
    QStringList lines;
    for (const auto &[label, value] : b.items) {
        const bool blank = b.blank && value.isEmpty();
        lines << MarkdownText::boldLine(label, blank ? kFillIn : value) + QStringLiteral("  ");
    }
    add(lines.join(u'\n'));
}

void Writer::grid(const TextTable &table, int blankRows)
{
    QList<QStringList> rows = table.rows;
    for (int r = 0; r < blankRows; ++r)
        rows << QStringList(table.header.size(), QStringLiteral(" "));
    add(MarkdownText::table(table.header, rows).join(u'\n'));
}

void Writer::write(const Table &b)
{
    grid(b.table, b.blankRows);
}

void Writer::write(const Bullets &b)
{
    QStringList lines;
    for (qsizetype i = 0; i < b.items.size(); ++i) {
        if (b.items[i].trimmed().isEmpty())
            continue;
        const QString box = !b.checkboxes ? QString()
            : b.checked.value(i)          ? QStringLiteral("[x] ")
                                          : QStringLiteral("[ ] ");
        lines << QStringLiteral("- ") + box + MarkdownText::inlineText(b.items[i]);
    }
    for (int i = 0; i < b.blankItems; ++i)
        lines << QStringLiteral("- ") + kFillIn;
    if (!lines.isEmpty())
        add(lines.join(u'\n'));
}

void Writer::write(const ReportBlock::Figure &b)
{
    if (b.data.isEmpty()) // a picture only: nothing to show in text
        return;
    add(QStringLiteral("*%1*").arg(MarkdownText::inlineText(b.caption)));
    grid(b.data, 0);
}

void Writer::write(const Notice &b)
{
    add(QStringLiteral("> ") + MarkdownText::bold(b.title) + QStringLiteral("  \n> ")
        + MarkdownText::inlineText(b.text));
}

void Writer::write(const Signature &b)
{
    const QString date = b.date.isValid() ? b.date.toString(Qt::ISODate) : QString();
    const QString &line = kFillIn;
    add(MarkdownText::bold(tr("Signature \u2014 %1").arg(b.party)) + QStringLiteral("  \n")
        + MarkdownText::boldLine(tr("Name:"), b.name.isEmpty() ? line : b.name)
        + QStringLiteral("  \n")
        + MarkdownText::boldLine(tr("Title:"), b.title.isEmpty() ? line : b.title)
        + QStringLiteral("  \n") + MarkdownText::boldLine(tr("Date:"), date.isEmpty() ? line : date)
        + QStringLiteral("  \n") + MarkdownText::boldLine(tr("Signature:"), line));
}

void Writer::write(const SignOffRecord &b)
{
    add(MarkdownText::heading(4, tr("Recorded sign-off")));
    QStringList lines {MarkdownText::boldLine(tr("Signed on:"), b.date.toString(Qt::ISODate)),
        MarkdownText::boldLine(tr("Version:"), b.version),
        MarkdownText::boldLine(tr("Fingerprint:"), b.fingerprint),
        MarkdownText::boldLine(tr("Signed by:"), b.signatories.join(QStringLiteral("; ")))};
    add(lines.join(QStringLiteral("  \n")));
    if (b.changedSince)
        write(Notice {tr("Changed since signed"),
            tr("The plan has been edited since this sign-off; the content signed is not the "
               "content shown.")});
}

} // namespace

QByteArray MarkdownReportWriter::toMarkdown(const Report &report)
{
    return Writer(report).run().toUtf8();
}

} // namespace accord
