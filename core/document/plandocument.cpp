// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandocument.h"

#include "changecommand.h"
#include "commandids.h"
#include "editdescription.h"
#include "model/plandiff.h"
#include "rules/fieldvalidator.h"
#include "storage/planrepository.h"

namespace accord {

PlanDocument::PlanDocument(PlanRepository &repository, Plan plan, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_plan(std::move(plan))
{
}

PlanDocument::~PlanDocument() = default;

Error PlanDocument::fail(const QString &message)
{
    return fail(Error {message});
}

Error PlanDocument::fail(const Error &failure)
{
    emit error(failure.message);
    return failure;
}

Result<std::vector<Change>> PlanDocument::applyStep(
    const std::vector<Change> &changes, bool validate)
{
    std::vector<Change> undo;
    for (const Change &c : changes) {
        Result<Change> inverse = c.inverse(m_plan);
        Result<void> allowed = inverse ? c.check(m_plan) : Result<void>(Error {inverse.error()});
        if (allowed && validate)
            allowed = FieldValidator::check(m_plan, c);
        if (!allowed) {
            revert(undo);
            return Error {allowed.error()};
        }
        emit aboutToChange(c);
        (void)c.applyTo(m_plan); // checked above: it applies
        emit changed(c);
        undo.insert(undo.begin(), std::move(*inverse));
    }
    return undo;
}

void PlanDocument::revert(const std::vector<Change> &undo)
{
    for (const Change &c : undo) {
        emit aboutToChange(c);
        (void)c.applyTo(m_plan); // the exact inverse of what was just applied
        emit changed(c);
    }
}

Result<std::vector<Change>> PlanDocument::applyAndPersist(
    const std::vector<Change> &changes, bool validate)
{
    if (isReadOnly())
        return fail(m_readOnly);
    Result<std::vector<Change>> undo = applyStep(changes, validate);
    if (!undo)
        return fail(undo.error());
    // Each value set carries the value it replaces (the one its undo puts back,
    // unless an undo or redo says which), so that a workspace shared with others
    // refuses it when someone else changed that value meanwhile.
    std::vector<Change> stamped = changes;
    for (std::size_t i = 0; i < stamped.size(); ++i) {
        if (stamped[i].kind == Change::Kind::SetValue && !stamped[i].expected)
            stamped[i].expected = (*undo)[undo->size() - 1 - i].value;
    }
    if (!m_kept.empty())
        (void)saveKept(); // the kept edits go first, in order
    if (!m_kept.empty()) {
        keep(std::move(stamped), *undo, m_keptReason);
        return undo;
    }
    if (auto persisted = m_repository.apply(m_plan.id, stamped); !persisted) {
        if (m_keepUnsaved && persisted.failure().code == Error::Code::ServerGone) {
            keep(std::move(stamped), *undo, persisted.error());
            return undo;
        }
        revert(*undo);
        if (persisted.failure().code == Error::Code::Conflict)
            reload(); // the plan shows what they saved
        return fail(persisted.failure());
    }
    emit saved();
    return undo;
}

void PlanDocument::keep(std::vector<Change> changes, std::vector<Change> undo, const QString &why)
{
    m_kept.push_back({std::move(changes), std::move(undo)});
    m_keptReason = why;
    emit unsaved(int(m_kept.size()), why);
}

Result<void> PlanDocument::saveKept()
{
    while (!m_kept.empty()) {
        const Result<void> done = m_repository.apply(m_plan.id, m_kept.front().changes);
        if (done) {
            m_kept.erase(m_kept.begin());
            continue;
        }
        if (done.failure().code == Error::Code::ServerGone) {
            m_keptReason = done.error();
            emit unsaved(int(m_kept.size()), m_keptReason);
            return done.failure();
        }
        // Refused now (someone else changed one of these values meanwhile, or
        // this login may no longer edit): the kept edits cannot all land in
        // order, so none of the rest is applied, and the plan shows what the
        // workspace holds.
        const int lost = int(m_kept.size());
        for (auto step = m_kept.rbegin(); step != m_kept.rend(); ++step)
            revert(step->undo);
        m_kept.clear();
        reload();
        emit unsaved(0, QString());
        return fail(
            Error {tr("%n edit(s) made while the server could not be reached were not saved: %1",
                       nullptr, lost)
                       .arg(done.error()),
                done.failure().code});
    }
    emit unsaved(0, QString());
    emit saved();
    return {};
}

int PlanDocument::takeStored(const Plan &stored)
{
    // Not over edits kept for the server: they would be undone in memory.
    if (stored.id != m_plan.id || !m_kept.empty())
        return 0;
    int taken = 0;
    for (const Change &c : planDiff(m_plan, stored)) {
        if (!c.check(m_plan))
            continue;
        emit aboutToChange(c);
        if (c.applyTo(m_plan)) {
            emit changed(c);
            ++taken;
        }
    }
    return taken;
}

int PlanDocument::reload()
{
    const Result<Plan> stored = m_repository.loadPlan(m_plan.id);
    return stored ? takeStored(*stored) : 0;
}

Result<void> PlanDocument::perform(const std::vector<Change> &changes)
{
    if (auto done = applyAndPersist(changes, false); !done)
        return done.failure();
    if (!changes.empty())
        emit replayed(changes.front());
    return {};
}

Result<void> PlanDocument::edit(
    const std::vector<Change> &changes, const QString &text, int mergeId)
{
    if (changes.empty())
        return {};
    Result<std::vector<Change>> undo = applyAndPersist(changes, true);
    if (!undo)
        return undo.failure();
    m_undoStack.push(new ChangeCommand(this, changes, std::move(*undo), text, mergeId));
    return {};
}

Result<void> PlanDocument::set(FieldRef field, qint64 rowId, const QVariant &value)
{
    return set(Change::set(field, rowId, value));
}

Result<void> PlanDocument::set(const Change &change)
{
    const int row = change.table->indexOfRow(m_plan, change.rowId);
    if (row >= 0 && change.table->value(m_plan, row, change.field) == change.value)
        return {};
    return edit({change}, EditDescription::of(change),
        CommandIds::mergeIdFor(change.fieldRef(), change.rowId));
}

Result<qint64> PlanDocument::insertRow(
    const PlanTable &table, int position, const std::vector<std::pair<FieldRef, QVariant>> &values)
{
    if (!table.isCollection())
        return fail(tr("Rows cannot be added to %1.").arg(table.label()));
    for (const auto &[field, value] : values) {
        if (field.table != &table)
            return fail(
                tr("%1 is not a field of %2.").arg(field.info().translatedLabel(), table.label()));
    }
    // The new row's id follows the rows this plan holds; when someone else added
    // a row with that id meanwhile, the refusal brought their row in (reload),
    // and the next id is free: tried again, a few times at most.
    Result<void> done;
    for (int attempt = 0; attempt < 3; ++attempt) {
        RowData row = table.defaultRow(table.nextRowId(m_plan));
        for (const auto &[field, value] : values)
            row.values[field.index] = value;
        const Change change
            = Change::insert(table, qBound(0, position, table.rowCount(m_plan)), row);
        done = edit({change}, EditDescription::of(change));
        if (done)
            return row.id;
        if (done.failure().code != Error::Code::Conflict)
            break;
    }
    return done.failure();
}

Result<void> PlanDocument::removeRow(const PlanTable &table, qint64 rowId)
{
    const std::vector<Change> changes = removalWithChildren(m_plan, table, rowId);
    return edit(changes, EditDescription::of(changes.back()));
}

Result<void> PlanDocument::moveRow(const PlanTable &table, qint64 rowId, int position)
{
    const Change change = Change::move(table, rowId, position);
    return edit({change}, EditDescription::of(change));
}

} // namespace accord
