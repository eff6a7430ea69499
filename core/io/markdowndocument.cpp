// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowndocument.h"

#include "markdowntext.h"

#include <QCoreApplication>

namespace accord {

namespace {

const QString kRule = QStringLiteral("---");

} // namespace

MarkdownDocument::MarkdownDocument(const QString &title)
    : m_title(title)
{
}

void MarkdownDocument::setHeaderLines(const QStringList &lines)
{
    m_header = lines;
}

QString MarkdownDocument::join(const QStringList &blocks)
{
    QStringList kept;
    for (const QString &block : blocks) {
        if (!block.trimmed().isEmpty())
            kept << block;
    }
    return kept.join(QStringLiteral("\n\n"));
}

void MarkdownDocument::addSection(const QString &title, const QStringList &blocks)
{
    const QString content = join(blocks);
    if (content.isEmpty())
        return;
    ++m_sections;
    const QString numbered
        = QCoreApplication::translate("accord::Export", "%1. %2").arg(m_sections).arg(title);
    m_body << MarkdownText::heading(2, numbered) + QStringLiteral("\n\n") + content;
}

QString MarkdownDocument::subsection(const QString &title, const QStringList &blocks)
{
    const QString content = join(blocks);
    if (content.isEmpty())
        return {};
    return MarkdownText::heading(3, title) + QStringLiteral("\n\n") + content;
}

QByteArray MarkdownDocument::toUtf8() const
{
    QStringList parts {MarkdownText::heading(1, m_title)};
    if (!m_header.isEmpty())
        parts << m_header.join(u'\n');
    for (const QString &section : m_body)
        parts << kRule << section;
    return (parts.join(QStringLiteral("\n\n")) + u'\n').toUtf8();
}

} // namespace accord
