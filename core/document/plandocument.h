// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"
#include "model/plan.h"

#include <QObject>
#include <QUndoStack>

namespace accord {

class PlanRepository;

// One open plan: the single writer of its Plan value. Every user edit goes
// through edit(), which checks it against the plan, persists it through the
// repository at once, and pushes one undoable command; undo and redo persist
// again. Views listen to the fine-grained signals.
class PlanDocument : public QObject {
    Q_OBJECT

public:
    PlanDocument(PlanRepository &repository, Plan plan, QObject *parent = nullptr);
    ~PlanDocument() override;

    const Plan &plan() const { return m_plan; }
    PlanId id() const { return m_plan.id; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Applies, persists and records changes as one undoable step called text.
    // On failure nothing changes, error() says why and false is returned.
    bool edit(const std::vector<Change> &changes, const QString &text, int mergeId = -1);
    bool setValue(const QString &table, qint64 rowId, const QString &field, const QVariant &value);
    bool insertRow(const QString &table, int position, const QVariantMap &values = {},
        qint64 *newId = nullptr);
    bool removeRow(const QString &table, qint64 rowId); // with its child rows
    bool moveRow(const QString &table, qint64 rowId, int position);

    QString lastError() const { return m_lastError; }

    // Used by the command on undo/redo: apply + persist, no new command.
    bool perform(const std::vector<Change> &changes);

signals:
    void aboutToChange(const accord::Change &change);
    void changed(const accord::Change &change);
    void error(const QString &message);
    void saved(); // everything the user did is on disk

private:
    bool fail(const QString &message);

    PlanRepository &m_repository;
    Plan m_plan;
    QUndoStack m_undoStack;
    QString m_lastError;
};

} // namespace accord
