// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/healthwhatif.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace accord {

class ChartView;
class HealthScoreTile;
class PlanDocument;

// The health score as the customer will see it: the score and its level, each
// component's weight, score and contribution, the thresholds and the action of
// the level. In what-if mode the CSM tries other component scores or imagines
// open milestones closed and sees the new score beside the current one; the plan
// changes only when the hypothesis is applied, as one undoable edit.
class HealthPanel : public QWidget {
    Q_OBJECT

public:
    explicit HealthPanel(PlanDocument *document, QWidget *parent = nullptr);

    void setToday(QDate today); // for tests; defaults to the current date
    const HealthWhatIf &whatIf() const { return m_whatIf; }
    void setWhatIfScore(qint64 componentId, int score);
    void setWhatIfClosed(qint64 milestoneId, bool closed);
    HealthWhatIfResult evaluation() const;

public slots:
    void resetWhatIf();
    bool applyWhatIf(); // false when the edit was refused (the document says why)

signals:
    void evaluated(); // the displayed result changed

private:
    void scheduleRefresh();
    void refresh();
    void fillComponents(const HealthWhatIfResult &result);
    void fillMilestones();
    void fillSummary(const HealthWhatIfResult &result);
    void updateChart(const HealthWhatIfResult &result);
    void prune(); // drop hypotheses about rows that no longer exist or are closed

    PlanDocument *m_document;
    QDate m_today;
    HealthWhatIf m_whatIf;
    bool m_refreshPending = false;
    bool m_filling = false;
    HealthScoreTile *m_currentTile;
    HealthScoreTile *m_whatIfTile;
    QLabel *m_levels;
    QLabel *m_action;
    QLabel *m_completion;
    QTableWidget *m_components;
    QListWidget *m_milestones;
    QVBoxLayout *m_chartBox;
    ChartView *m_chart = nullptr;
    QPushButton *m_apply;
    QPushButton *m_reset;
};

} // namespace accord
