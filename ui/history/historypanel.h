// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeentry.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTimer;

namespace accord {

class ChangeHistoryModel;
class PlanDocument;
class PlanRepository;

// Plan ▸ History: the open plan's change history, newest first, narrowed by
// person, section and days, with the selected entry in full under the list.
// Nothing here changes or removes an entry. It reads the history again a moment
// after the plan changed (only while it is shown); activating an entry (double
// click, Enter) asks to show its field in the editor.
class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    // The plan whose history to show (both null: none); the same plan again is
    // read again soon (others' edits came in).
    void setPlan(PlanRepository *repository, PlanDocument *document);
    void refresh(); // reads the whole history now
    // Reads the latest changes again after a short pause (the days from the
    // newest entry's on); when hidden, the whole history once shown again.
    void refreshSoon();

    QSize sizeHint() const override; // a third of a window's height, under the editor
    QTableView *view() const { return m_view; }
    ChangeHistoryModel *model() const { return m_model; }

signals:
    void entryActivated(const accord::ChangeEntry &entry);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readNewest();
    // Shows what the model holds now, the entry that was selected still selected.
    void showEntries(qint64 selected);
    void fillChoices(); // the people and sections the entries have, keeping the choice
    void applyFilter();
    void showCount();
    void showDetails();
    void fitColumns();

    PlanRepository *m_repository = nullptr;
    QPointer<PlanDocument> m_document;
    ChangeHistoryModel *m_model;
    QComboBox *m_person;
    QComboBox *m_section;
    QCheckBox *m_sinceOn;
    QDateEdit *m_since;
    QCheckBox *m_untilOn;
    QDateEdit *m_until;
    QLabel *m_count;
    QTableView *m_view;
    QLabel *m_details;
    QTimer *m_timer;
    QString m_problem; // why the history could not be read
    bool m_stale = false; // to be read when shown
};

} // namespace accord
