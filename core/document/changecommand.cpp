// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecommand.h"

#include "plandocument.h"

namespace accord {

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
    if (!m_document->perform(m_forward))
        setObsolete(true);
    m_done = true;
}

void ChangeCommand::undo()
{
    if (!m_document->perform(m_backward))
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
