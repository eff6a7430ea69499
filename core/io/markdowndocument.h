// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace accord {

// Assembles a Markdown document: a title, a header block, then numbered "## n. Title"
// sections separated by rules. A section without content is left out and the
// numbers stay consecutive. Content is Markdown already (see MarkdownText).
class MarkdownDocument {
public:
    explicit MarkdownDocument(const QString &title);

    void setHeaderLines(const QStringList &lines);
    // Blocks are joined by blank lines; empty blocks are dropped.
    void addSection(const QString &title, const QStringList &blocks);
    int sectionCount() const { return m_sections; }

    QByteArray toUtf8() const;

    // "### Title" followed by the blocks, or nothing when every block is empty.
    static QString subsection(const QString &title, const QStringList &blocks);
    static QString join(const QStringList &blocks);

private:
    QString m_title;
    QStringList m_header;
    QStringList m_body;
    int m_sections = 0;
};

} // namespace accord
