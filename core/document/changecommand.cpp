// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecommand.h"

#include "plandocument.h"

namespace accord {

namespace {

// The changes, each value set expecting the value the counterpart step leaves in
// that field: an undo expects what the edit set, a redo what the undo put back.
// Not what the plan in memory holds now: when someone else changed the field
// since, the workspace refuses the step instead of overwriting their value.
std::vector<Change> expecting(std::vector<Change> changes, const std::vector<Change> &counterpart)
{
    for (Change &c : changes) {
        if (c.kind != Change::Kind::SetValue)
            continue;
        for (const Change &other : counterpart) {
            if (other.kind == Change::Kind::SetValue && other.fieldRef() == c.fieldRef()
                && other.rowId == c.rowId)
                c.expected = other.value; // the last one wins, as it did when applied
        }
    }
    return changes;
}

} // namespace

ChangeCommand::ChangeCommand(PlanDocument *document, std::vector<Change> forward,
    std::vector<Change> backward, const QString &text, int mergeId)
    : QUndoCommand(text)
    , m_document(document)
    , m_forward(std::move(forward))
    , m_backward(std::move(backward))
    , m_mergeId(mergeId)
{
}

void ChangeCommand::redo()
{
    if (m_done)
        return; // performed by PlanDocument::edit() before the push
    if (!m_document->perform(expecting(m_forward, m_backward)))
        setObsolete(true);
    m_done = true;
}

void ChangeCommand::undo()
{
    if (!m_document->perform(expecting(m_backward, m_forward)))
        setObsolete(true);
    m_done = false;
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCommand *>(other);
    if (m_forward.size() != 1 || next->m_forward.size() != 1)
        return false;
    const Change &mine = m_forward.front();
    const Change &theirs = next->m_forward.front();
    if (mine.kind != Change::Kind::SetValue || theirs.kind != Change::Kind::SetValue
        || mine.fieldRef() != theirs.fieldRef() || mine.rowId != theirs.rowId)
        return false;
    m_forward = next->m_forward; // keep the original backward change
    return true;
}

} // namespace accord
