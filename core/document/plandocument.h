// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"
#include "model/plan.h"
#include "util/result.h"

#include <QObject>
#include <QUndoStack>

namespace accord {

class PlanRepository;

// One open plan: the single writer of its Plan value. Every user edit goes
// through edit(): each change is checked against the plan as the changes before
// it left it, applied once, and the whole step persisted in one transaction and
// pushed as one undoable command; undo and redo persist again. A step that is
// refused or cannot be saved leaves the plan as it was and says why. Views listen
// to the fine-grained signals.
class PlanDocument : public QObject {
    Q_OBJECT

public:
    PlanDocument(PlanRepository &repository, Plan plan, QObject *parent = nullptr);
    ~PlanDocument() override;

    const Plan &plan() const { return m_plan; }
    PlanId id() const { return m_plan.id; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Applies, persists and records changes as one undoable step called text.
    Result<void> edit(const std::vector<Change> &changes, const QString &text, int mergeId = -1);
    // One field of one row; typing in a field is one undo step. No change, no step.
    Result<void> set(FieldRef field, qint64 rowId, const QVariant &value);
    template<auto Member, typename RowIdType, typename V>
    Result<void> set(RowIdType rowId, const V &value)
    {
        return set(Change::set<Member>(rowId, value));
    }
    // A new row at position (clamped) with the table's defaults and these values;
    // its id.
    Result<qint64> insertRow(const PlanTable &table, int position,
        const std::vector<std::pair<FieldRef, QVariant>> &values = {});
    Result<void> removeRow(const PlanTable &table, qint64 rowId); // with its child rows
    Result<void> moveRow(const PlanTable &table, qint64 rowId, int position);

    // Takes in what the workspace holds for this plan now (someone else's saved
    // edits), change by change, not as an edit of this user's: nothing is
    // persisted or put on the undo stack. An undo step whose values someone else
    // changed since is refused when undone, so their edit is never overwritten;
    // the other steps keep working. Returns how many changes it took.
    int takeStored(const Plan &stored);
    // takeStored() of the plan as the workspace holds it now; 0 when unreadable.
    int reload();

    // The window's choice: an edit the workspace could not save because the
    // server went away stays in the plan and on the undo stack, kept (not shown
    // as saved) until saveKept() saves it; later edits queue behind it. Off (the
    // command line): such an edit is refused like any other.
    void setKeepUnsaved(bool keep) { m_keepUnsaved = keep; }
    int keptCount() const { return int(m_kept.size()); }
    // Saves the kept edits in order, each in its own transaction; stops at the
    // first the server cannot take yet. One refused (someone else changed the
    // value meanwhile) undoes it and all after it here, and says so.
    Result<void> saveKept();

    // A plan this user may read but not change (a team workspace's roles): every
    // edit, undo and redo is refused with the reason, before anything is applied.
    // An empty reason makes it editable again.
    void setReadOnly(const QString &reason) { m_readOnly = reason; }
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }
    const QString &readOnlyReason() const { return m_readOnly; }

    // Used by the command on undo/redo: apply + persist, no new command.
    Result<void> perform(const std::vector<Change> &changes);

signals:
    void aboutToChange(const accord::Change &change);
    void changed(const accord::Change &change);
    void error(const QString &message);
    void saved(); // everything the user did is on disk
    // count edits are kept, not saved (why: the server's error); 0 when none is.
    void unsaved(int count, const QString &why);
    // After an undo or redo: the first change it made, so a view can show it.
    void replayed(const accord::Change &change);

private:
    Result<void> set(const Change &change);
    // The changes applied one by one (checked by FieldValidator when validate);
    // the changes that undo them, or why one was refused with the plan as it was.
    Result<std::vector<Change>> applyStep(const std::vector<Change> &changes, bool validate);
    void revert(const std::vector<Change> &undo);
    void keep(std::vector<Change> changes, std::vector<Change> undo, const QString &why);
    Result<std::vector<Change>> applyAndPersist(const std::vector<Change> &changes, bool validate);
    Error fail(const QString &message);
    Error fail(const Error &failure);

    PlanRepository &m_repository;
    Plan m_plan;
    QUndoStack m_undoStack;
    struct Kept {
        std::vector<Change> changes; // as persisted: with the values they replace
        std::vector<Change> undo;
    };
    std::vector<Kept> m_kept;
    QString m_keptReason;
    bool m_keepUnsaved = false;
    QString m_readOnly;
};

} // namespace accord
