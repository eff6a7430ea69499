// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkspanel.h"

#include "palette.h"

#include "document/plandocument.h"
#include "rules/planwarnings.h"

#include <QDate>

namespace accord {

ChecksPanel::ChecksPanel(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("checksPanel"));
    setWordWrap(true);
    setAlternatingRowColors(true);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = row(item);
        if (line >= 0 && line < int(m_tables.size()) && m_tables[std::size_t(line)])
            emit showSection(m_tables[std::size_t(line)]);
    });
}

void ChecksPanel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &PlanDocument::saved, this, &ChecksPanel::refresh);
    refresh();
}

void ChecksPanel::refresh()
{
    clear();
    m_tables.clear();
    if (!m_document)
        return;
    for (const Warning &w : PlanWarnings::of(m_document->plan(), QDate::currentDate())) {
        auto *item = new QListWidgetItem(w.message, this);
        m_tables.push_back(w.table);
        // Notes keep the list's own text colour, so they follow the theme.
        if (w.severity == Warning::Severity::Error)
            item->setForeground(Palette::error());
        else if (w.severity == Warning::Severity::Warning)
            item->setForeground(Palette::warning());
    }
    if (count() == 0)
        addItem(tr("No problems found."));
}

} // namespace accord
