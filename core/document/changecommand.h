// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"

#include <QUndoCommand>

namespace accord {

class PlanDocument;

// The one undo command: a list of changes and the list that reverts them. The
// edit is already performed when the command is pushed, so the first redo() is
// skipped. Consecutive edits of the same field (typing) merge into one step.
class ChangeCommand : public QUndoCommand {
public:
    ChangeCommand(PlanDocument *document, std::vector<Change> forward, std::vector<Change> backward,
        const QString &text, int mergeId);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    std::vector<Change> m_forward;
    std::vector<Change> m_backward;
    int m_mergeId;
    bool m_done = true;
};

} // namespace accord
