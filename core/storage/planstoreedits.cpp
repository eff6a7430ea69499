// SPDX-License-Identifier: GPL-3.0-or-later
// PlanStore's edit path: one Change of a plan applied to the stored plan, its
// value checked against the one the edit replaces, its history entry appended.
#include "planstore.h"

#include "model/fieldref.h"
#include "rules/healthscore.h"
#include "sqldialect.h"
#include "sqlerror.h"
#include "sqltablemapper.h"

#include <QCoreApplication>
#include <QSqlError>

#include <climits>

namespace accord {

Result<int> PlanStore::positionOf(const PlanTable &table, PlanId plan, qint64 rowId)
{
    QSqlQuery &q
        = prepared(QStringLiteral("SELECT position FROM \"%1\" WHERE plan_id = ? AND id = ?")
                       .arg(table.name()));
    q.addBindValue(plan.value);
    q.addBindValue(rowId);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read, databaseFolder(m_db));
    if (!q.next())
        return Error {QCoreApplication::translate(
            "accord::Storage", "Row %1 of %2 does not exist in this workspace.")
                          .arg(rowId)
                          .arg(table.name())};
    const int position = q.value(0).toInt();
    q.finish();
    return position;
}

// Adds delta to the position of rows whose position is in [from, to].
Result<void> PlanStore::shiftPositions(
    const PlanTable &table, PlanId plan, int from, int to, int delta)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE \"%1\" SET position = position + ? WHERE plan_id = ? AND position BETWEEN ? AND ?")
                                .arg(table.name()));
    q.addBindValue(delta);
    q.addBindValue(plan.value);
    q.addBindValue(from);
    q.addBindValue(to);
    return exec(q);
}

Result<void> PlanStore::applySetValue(PlanId plan, const PlanTable &table, const Change &change)
{
    const int field = change.field;
    // The value as the in-memory plan holds it, through the same typed setter.
    const auto value = field >= 0 && field < int(table.fields().size())
        ? table.normalized(field, change.value)
        : std::nullopt;
    if (!value)
        return Error {
            QCoreApplication::translate("accord::Storage", "%1 is not a valid value for %2.")
                .arg(change.value.toString(), table.label())};
    const SqlTableMapper mapper(table);
    const Result<std::optional<QVariant>> before = storedValue(plan, mapper, change);
    if (!before)
        return before.failure();
    if (!*before && change.expected)
        return Error {QCoreApplication::translate("accord::Storage",
                          "Someone else removed this row of %1 since the plan was loaded; the "
                          "edit was not saved.")
                          .arg(table.label()),
            Error::Code::Conflict};
    if (*before && change.expected) {
        if (auto same = checkExpected(plan, mapper, change, **before); !same)
            return same;
    }
    QSqlQuery &q = prepared(
        table.isCollection() ? mapper.updateField(field) : mapper.updateRecordField(field));
    mapper.bindField(q, field, *value);
    if (table.isCollection())
        q.addBindValue(plan.value);
    q.addBindValue(change.rowId);
    if (auto done = exec(q); !done)
        return done;
    if (q.numRowsAffected() != 1 || !*before)
        return Error {QCoreApplication::translate(
            "accord::Storage", "Row %1 of %2 does not exist in this workspace.")
                          .arg(change.rowId)
                          .arg(table.name())};
    return m_log.record(plan, change, **before, mapper.asStored(field, *value));
}

// The name the history gives a row about to be removed.
Result<QString> PlanStore::storedRowName(const PlanTable &table, PlanId plan, qint64 rowId)
{
    const SqlTableMapper mapper(table);
    const QString rows = mapper.selectRows();
    QSqlQuery &q = prepared(
        rows.left(rows.indexOf(QLatin1String(" ORDER BY"))) + QStringLiteral(" AND id = ?"));
    q.addBindValue(plan.value);
    q.addBindValue(rowId);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read, databaseFolder(m_db));
    QString name;
    if (q.next())
        name = ChangeLog::rowName(table, RowData {rowId, mapper.readFields(q, 1)});
    q.finish();
    return name;
}

Error PlanStore::rowTaken(const PlanTable &table)
{
    return {QCoreApplication::translate("accord::Storage",
                "Someone else added a row to %1 at the same moment; the row was not added.")
                .arg(table.label()),
        Error::Code::Conflict};
}

// The field's stored value, its row locked until the transaction ends (so
// nobody changes it between this read and the write); nullopt when the row is gone.
Result<std::optional<QVariant>> PlanStore::storedValue(
    PlanId plan, const SqlTableMapper &mapper, const Change &change)
{
    QSqlQuery &q = prepared(mapper.selectField(change.field, SqlDialect::of(m_db).lockForUpdate()));
    if (mapper.table().isCollection())
        q.addBindValue(plan.value);
    q.addBindValue(change.rowId);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
    if (!q.next()) {
        q.finish();
        return std::optional<QVariant>();
    }
    const QVariant stored = mapper.readField(q, change.field);
    q.finish();
    return std::optional<QVariant>(stored);
}

// The stored value must still be the one the edit replaces, or already the one
// it sets (someone set the same value, or this edit is saved again after a lost
// connection hid that it was): nothing of anyone's is overwritten. Refused, it
// says who changed it and when, as the history has it.
Result<void> PlanStore::checkExpected(
    PlanId plan, const SqlTableMapper &mapper, const Change &change, const QVariant &stored)
{
    if (stored == mapper.asStored(change.field, *change.expected)
        || stored == mapper.asStored(change.field, change.value))
        return {};
    const QString field = QCoreApplication::translate("accord::Field", change.fieldInfo().label);
    const QString now = ChangeLog::text(stored);
    if (const auto last = m_log.lastChange(plan, change)) {
        const QDateTime at = last->at.toLocalTime();
        return Error {QCoreApplication::translate("accord::Storage",
                          "%1 changed %2 on %3 at %4, since the plan was loaded here: it now "
                          "reads \"%5\". Your edit was not saved.")
                          .arg(last->login, field, at.toString(QStringLiteral("yyyy-MM-dd")),
                              at.toString(QStringLiteral("HH:mm")), now),
            Error::Code::Conflict};
    }
    return Error {QCoreApplication::translate("accord::Storage",
                      "Someone else changed %1 since the plan was loaded: it now reads \"%2\". "
                      "Your edit was not saved.")
                      .arg(field, now),
        Error::Code::Conflict};
}

Result<void> PlanStore::applyMove(PlanId plan, const PlanTable &table, const Change &change)
{
    const Result<int> from = positionOf(table, plan, change.rowId);
    if (!from)
        return Error {from.error()};
    const int to = change.position;
    if (to == *from)
        return {};
    if (auto recorded = m_log.record(plan, change, *from, to); !recorded)
        return recorded;
    const Result<void> shifted = to > *from ? shiftPositions(table, plan, *from + 1, to, -1)
                                            : shiftPositions(table, plan, to, *from - 1, +1);
    if (!shifted)
        return shifted;
    QSqlQuery &q
        = prepared(QStringLiteral("UPDATE \"%1\" SET position = ? WHERE plan_id = ? AND id = ?")
                       .arg(table.name()));
    q.addBindValue(to);
    q.addBindValue(plan.value);
    q.addBindValue(change.rowId);
    return exec(q);
}

Result<void> PlanStore::apply(PlanId plan, const Change &change)
{
    const PlanTable *table = change.table;
    if (!table)
        return Error {
            QCoreApplication::translate("accord::Storage", "The change names no section.")};
    if (change.kind != Change::Kind::SetValue && !table->isCollection())
        return Error {QCoreApplication::translate(
            "accord::Storage", "Rows cannot be added to or removed from %1.")
                          .arg(table->label())};
    Result<void> done;
    QString rowName;
    switch (change.kind) {
    case Change::Kind::SetValue:
        done = applySetValue(plan, *table, change);
        break;
    case Change::Kind::InsertRow:
        // Its id is chosen by the program that adds it, from the rows it has
        // loaded: someone else may have added a row with that id meanwhile.
        if (positionOf(*table, plan, change.rowId))
            return rowTaken(*table);
        done = shiftPositions(*table, plan, change.position, INT_MAX - 1, +1);
        if (done)
            done = insertRowAt(*table, plan, change.position, change.row);
        break;
    case Change::Kind::RemoveRow: {
        const Result<int> position = positionOf(*table, plan, change.rowId);
        if (!position)
            return Error {position.error()};
        const Result<QString> name = storedRowName(*table, plan, change.rowId);
        if (!name)
            return name.failure();
        rowName = *name;
        QSqlQuery &q = prepared(
            QStringLiteral("DELETE FROM \"%1\" WHERE plan_id = ? AND id = ?").arg(table->name()));
        q.addBindValue(plan.value);
        q.addBindValue(change.rowId);
        done = exec(q);
        if (done)
            done = shiftPositions(*table, plan, *position + 1, INT_MAX - 1, -1);
        break;
    }
    case Change::Kind::MoveRow:
        done = applyMove(plan, *table, change);
        break;
    }
    if (!done)
        return done;
    if (change.kind == Change::Kind::InsertRow || change.kind == Change::Kind::RemoveRow) {
        if (auto recorded = m_log.record(plan, change, {}, {}, rowName); !recorded)
            return recorded;
    }
    if (changesHealth(change))
        return refreshHealth(plan);
    return {};
}

} // namespace accord
