// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltablemapper.h"

#include "model/money.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace accord {

namespace {

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

QVariant toSql(const FieldInfo &field, const QVariant &value)
{
    if (value.isNull())
        return QVariant();
    switch (field.kind) {
    case FieldKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldKind::Bool:
        return value.toBool() ? 1 : 0;
    case FieldKind::StringList:
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(value.toStringList()))
                                     .toJson(QJsonDocument::Compact));
    default:
        return value;
    }
}

QVariant fromSql(const FieldInfo &field, const QVariant &value)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        return value.isNull() ? QString() : value.toString();
    case FieldKind::Enum:
        return value.isNull() ? QVariant() : QVariant(value.toString());
    case FieldKind::Date:
        return value.isNull() ? QVariant()
                              : QVariant(QDate::fromString(value.toString(), Qt::ISODate));
    case FieldKind::Integer:
        return value.toInt();
    case FieldKind::OptInteger:
        return value.isNull() ? QVariant() : QVariant(value.toInt());
    case FieldKind::Real:
        return value.toDouble();
    case FieldKind::OptReal:
        return value.isNull() ? QVariant() : QVariant(value.toDouble());
    case FieldKind::Bool:
        return value.toInt() != 0;
    case FieldKind::StringList: {
        QStringList list;
        const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
        for (const QJsonValue &v : array)
            list << v.toString();
        return list;
    }
    case FieldKind::Ref:
        return value.isNull() ? QVariant() : QVariant(value.toLongLong());
    case FieldKind::Money:
        return value; // assembled by readFields()
    }
    return value;
}

} // namespace

SqlTableMapper::SqlTableMapper(const PlanTable &table)
    : m_table(table)
{
}

QStringList SqlTableMapper::columnsOf(int field) const
{
    const FieldInfo &f = m_table.fields()[std::size_t(field)];
    if (f.kind == FieldKind::Money)
        return {f.key + QStringLiteral("_minor"), f.key + QStringLiteral("_currency")};
    return {f.key};
}

QStringList SqlTableMapper::columns() const
{
    QStringList result;
    for (int f = 0; f < int(m_table.fields().size()); ++f)
        result << columnsOf(f);
    return result;
}

QString SqlTableMapper::selectRows() const
{
    QStringList cols {QStringLiteral("id")};
    for (const QString &c : columns())
        cols << quoted(c);
    return QStringLiteral("SELECT %1 FROM %2 WHERE plan_id = ? ORDER BY position")
        .arg(cols.join(u", "), quoted(sqlTable()));
}

QString SqlTableMapper::insertRow() const
{
    QStringList cols {QStringLiteral("plan_id"), QStringLiteral("id"), QStringLiteral("position")};
    for (const QString &c : columns())
        cols << quoted(c);
    QStringList marks;
    for (qsizetype i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(quoted(sqlTable()), cols.join(u", "), marks.join(u", "));
}

QString SqlTableMapper::updateField(int field) const
{
    QStringList sets;
    for (const QString &c : columnsOf(field))
        sets << quoted(c) + QStringLiteral(" = ?");
    return QStringLiteral("UPDATE %1 SET %2 WHERE plan_id = ? AND id = ?")
        .arg(quoted(sqlTable()), sets.join(u", "));
}

QString SqlTableMapper::selectRecord() const
{
    QStringList cols;
    for (const QString &c : columns())
        cols << quoted(c);
    return QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
        .arg(cols.join(u", "), quoted(sqlTable()));
}

QString SqlTableMapper::updateRecordField(int field) const
{
    QStringList sets;
    for (const QString &c : columnsOf(field))
        sets << quoted(c) + QStringLiteral(" = ?");
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
        .arg(quoted(sqlTable()), sets.join(u", "));
}

void SqlTableMapper::bindField(QSqlQuery &query, int field, const QVariant &value) const
{
    const FieldInfo &f = m_table.fields()[std::size_t(field)];
    if (f.kind == FieldKind::Money) {
        const Money m = value.value<Money>();
        query.addBindValue(m.isEmpty() ? QVariant() : QVariant(m.minor));
        query.addBindValue(m.isEmpty() ? QVariant() : QVariant(m.currency));
        return;
    }
    query.addBindValue(toSql(f, value));
}

QString SqlTableMapper::selectField(int field, const QString &lock) const
{
    QStringList cols;
    for (const QString &c : columnsOf(field))
        cols << quoted(c);
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3id = ?%4")
        .arg(cols.join(u", "), quoted(sqlTable()),
            m_table.isCollection() ? QStringLiteral("plan_id = ? AND ") : QString(), lock);
}

QVariant SqlTableMapper::readField(const QSqlQuery &query, int field) const
{
    const FieldInfo &f = m_table.fields()[std::size_t(field)];
    if (f.kind == FieldKind::Money)
        return QVariant::fromValue(Money {query.value(0).toLongLong(), query.value(1).toString()});
    return fromSql(f, query.value(0));
}

QVariant SqlTableMapper::asStored(int field, const QVariant &value) const
{
    const FieldInfo &f = m_table.fields()[std::size_t(field)];
    if (f.kind == FieldKind::Money) {
        const Money m = value.value<Money>();
        return QVariant::fromValue(m.isEmpty() ? Money {} : m);
    }
    return fromSql(f, toSql(f, value));
}

QVariantList SqlTableMapper::readFields(const QSqlQuery &query, int first) const
{
    QVariantList values;
    int column = first;
    for (const FieldInfo &f : m_table.fields()) {
        if (f.kind == FieldKind::Money) {
            const QVariant minor = query.value(column++);
            const QVariant currency = query.value(column++);
            values << QVariant::fromValue(Money {minor.toLongLong(), currency.toString()});
        } else {
            values << fromSql(f, query.value(column++));
        }
    }
    return values;
}

} // namespace accord
