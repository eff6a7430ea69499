// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"
#include "model/id.h"

#include <QDialog>

#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace accord {

struct Plan;

// Edit ▸ Find in plans (Ctrl+F): searches the content of every plan of the
// workspace (PlanSearch) as the user types, and lists the hits by plan; Enter or
// a double-click on a hit opens its plan at the field.
class FindDialog : public QDialog {
    Q_OBJECT

public:
    // The plans to search, loaded when a search runs (so it sees the latest edits).
    using PlanSource = std::function<std::vector<Plan>()>;

    explicit FindDialog(PlanSource plans, QWidget *parent = nullptr);

    void search(); // now, with the query as typed
    QTreeWidget *results() const { return m_results; }

signals:
    void hitChosen(PlanId plan, FieldRef field, qint64 rowId);

private:
    void choose(QTreeWidgetItem *item);

    PlanSource m_plans;
    QLineEdit *m_query;
    QTreeWidget *m_results;
    QLabel *m_summary;
    QTimer *m_typing;
};

} // namespace accord
