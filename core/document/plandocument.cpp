// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandocument.h"

#include "changecommand.h"
#include "commandids.h"
#include "editdescription.h"
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

bool PlanDocument::fail(const QString &message)
{
    m_lastError = message;
    emit error(message);
    return false;
}

bool PlanDocument::perform(const std::vector<Change> &changes)
{
    // Check the whole step on a copy first: a step either happens entirely or not at all.
    Plan edited = m_plan;
    for (const Change &c : changes) {
        if (const auto problem = c.applyTo(edited))
            return fail(*problem);
    }
    if (auto persisted = m_repository.apply(m_plan.id, changes); !persisted)
        return fail(persisted.error());
    for (const Change &c : changes) {
        emit aboutToChange(c);
        c.applyTo(m_plan);
        emit changed(c);
    }
    emit saved();
    return true;
}

bool PlanDocument::edit(const std::vector<Change> &changes, const QString &text, int mergeId)
{
    if (changes.empty())
        return true;
    std::vector<Change> inverse;
    Plan scratch = m_plan;
    for (const Change &c : changes) {
        if (const auto refusal = FieldValidator::check(scratch, c))
            return fail(*refusal);
        const auto undo = c.inverse(scratch);
        if (!undo)
            return fail(tr("This edit cannot be made: the row it refers to no longer exists."));
        if (const auto problem = c.applyTo(scratch))
            return fail(*problem);
        inverse.insert(inverse.begin(), *undo);
    }
    if (!perform(changes))
        return false;
    m_undoStack.push(new ChangeCommand(this, changes, std::move(inverse), text, mergeId));
    return true;
}

bool PlanDocument::setValue(
    const QString &table, qint64 rowId, const QString &field, const QVariant &value)
{
    const PlanTable *t = findPlanTable(table);
    const int f = t ? t->fieldIndex(field) : -1;
    const int row = t ? t->indexOfRow(m_plan, rowId) : -1;
    if (f < 0 || row < 0)
        return fail(tr("There is no field %1 in %2.").arg(field, table));
    if (t->value(m_plan, row, f) == value)
        return true;
    const Change change = Change::setValue(table, rowId, field, value);
    return edit({change}, EditDescription::of(change), CommandIds::mergeIdFor(table, rowId, field));
}

bool PlanDocument::insertRow(
    const QString &table, int position, const QVariantMap &values, qint64 *newId)
{
    const PlanTable *t = findPlanTable(table);
    if (!t || !t->isCollection())
        return fail(tr("Rows cannot be added to %1.").arg(table));
    RowData row = t->defaultRow(t->nextRowId(m_plan));
    for (auto it = values.begin(); it != values.end(); ++it) {
        const int f = t->fieldIndex(it.key());
        if (f < 0)
            return fail(tr("There is no field %1 in %2.").arg(it.key(), table));
        row.values[f] = it.value();
    }
    position = qBound(0, position, t->rowCount(m_plan));
    const Change change = Change::insertRow(table, position, row);
    if (!edit({change}, EditDescription::of(change)))
        return false;
    if (newId)
        *newId = row.id;
    return true;
}

bool PlanDocument::removeRow(const QString &table, qint64 rowId)
{
    const std::vector<Change> changes = removalWithChildren(m_plan, table, rowId);
    return edit(changes, EditDescription::of(changes.back()));
}

bool PlanDocument::moveRow(const QString &table, qint64 rowId, int position)
{
    const Change change = Change::moveRow(table, rowId, position);
    return edit({change}, EditDescription::of(change));
}

} // namespace accord
