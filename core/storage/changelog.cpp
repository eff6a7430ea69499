// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"

#include "sqldialect.h"
#include "sqlerror.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace accord {

namespace {

QString kindName(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::SetValue:
        return QStringLiteral("set");
    case Change::Kind::InsertRow:
        return QStringLiteral("insert");
    case Change::Kind::RemoveRow:
        return QStringLiteral("remove");
    case Change::Kind::MoveRow:
        return QStringLiteral("move");
    }
    return {};
}

} // namespace

ChangeLog::ChangeLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ChangeLog::~ChangeLog() = default;

QString ChangeLog::login()
{
    if (m_login.isEmpty())
        m_login = SqlDialect::of(m_db).currentLogin(m_db);
    return m_login;
}

QString ChangeLog::text(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral("; "));
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

Result<void> ChangeLog::record(
    PlanId plan, const Change &change, const QVariant &before, const QVariant &after)
{
    const QString who = login();
    if (!m_insert) { // prepared once: every committed edit comes here
        m_insert = std::make_unique<QSqlQuery>(m_db);
        m_insert->prepare(QStringLiteral(
            "INSERT INTO change_log (plan_id, at, login, kind, table_name, row_id, field, "
            "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &q = *m_insert;
    q.addBindValue(plan.value);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(who);
    q.addBindValue(kindName(change.kind));
    q.addBindValue(change.table->name());
    q.addBindValue(change.rowId);
    const bool set = change.kind == Change::Kind::SetValue;
    q.addBindValue(set ? change.fieldInfo().key : QVariant(QMetaType(QMetaType::QString)));
    const QVariant none(QMetaType(QMetaType::QString));
    q.addBindValue(set && !before.isNull() ? QVariant(text(before)) : none);
    q.addBindValue(set && !after.isNull() ? QVariant(text(after)) : none);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
    return {};
}

std::optional<ChangeLog::Entry> ChangeLog::lastChange(PlanId plan, const Change &change)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT login, at FROM change_log WHERE plan_id = ? AND table_name = ? "
                       "AND row_id = ? AND field = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(plan.value);
    q.addBindValue(change.table->name());
    q.addBindValue(change.rowId);
    q.addBindValue(change.fieldInfo().key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return Entry {q.value(0).toString(), at};
}

} // namespace accord
