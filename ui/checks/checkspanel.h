// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace accord {

class PlanDocument;
class PlanTable;

// The plan's soft problems (weights not summing to 100, milestones without an
// owner, outcomes without a baseline…): allowed, but shown until fixed. A
// double-click asks to show the section where the problem is.
class ChecksPanel : public QListWidget {
    Q_OBJECT

public:
    explicit ChecksPanel(QWidget *parent = nullptr);
    void setDocument(PlanDocument *document);
    void refresh();

signals:
    void showSection(const accord::PlanTable *table);

private:
    PlanDocument *m_document = nullptr;
    std::vector<const PlanTable *> m_tables; // of each line
};

} // namespace accord
