// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"

#include "model/fieldref.h"
#include "model/money.h"
#include "model/signoff.h"
#include "nativepostgresquery.h"
#include "nativesqlitequery.h"
#include "sqldialect.h"
#include "sqlerror.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cstring>

namespace accord {

namespace {

QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// The history's own times, "2026-11-30T15:02:07.123Z" as stored (UTF-8), read
// without the general date parser (a long history reads hundreds of thousands of
// them); anything else through it.
QDateTime fromUtcText(QByteArrayView text)
{
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const int d = text.at(i) - '0';
            if (d < 0 || d > 9)
                return -1;
            value = value * 10 + d;
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == '-' && text.at(10) == 'T' && text.at(19) == '.'
        && text.at(23) == 'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const int hour = digits(11, 2);
        const int minute = digits(14, 2);
        const int second = digits(17, 2);
        const int ms = digits(20, 3);
        if (date.isValid() && QTime::isValid(hour, minute, second, ms)) {
            constexpr qint64 kJulianDay1970 = 2440588;
            const qint64 days = date.toJulianDay() - kJulianDay1970;
            return QDateTime::fromMSecsSinceEpoch(
                ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + ms, Qt::UTC);
        }
    }
    QDateTime parsed = QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs);
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

constexpr auto kColumns = "id, at, login, display_name, kind, table_name, row_id, field, "
                          "old_value, new_value";

// Keeps one copy of each of the few texts that repeat from entry to entry (who,
// what kind, which table and field), so a long history holds them once.
class Interned {
public:
    const QString &operator()(const QString &text)
    {
        const auto found = m_texts.constFind(text);
        return found != m_texts.cend() ? *found : *m_texts.insert(text);
    }

private:
    QSet<QString> m_texts;
};

// The rows through QSqlQuery, for a connection neither of the native readers
// takes: each text handed on as UTF-8, as theirs are.
class QtRows {
public:
    explicit QtRows(QSqlQuery &q)
        : m_q(q)
    {
    }

    bool next()
    {
        m_converted.fill(false);
        return m_q.next();
    }
    qint64 integer(int column) const { return m_q.value(column).toLongLong(); }
    QByteArrayView text(int column) const
    {
        QByteArray &utf8 = m_utf8[std::size_t(column)];
        if (!m_converted[std::size_t(column)]) {
            const QVariant value = m_q.value(column);
            utf8 = value.isNull() ? QByteArray() : value.toString().toUtf8();
            m_converted[std::size_t(column)] = true;
        }
        return utf8.isNull() ? QByteArrayView() : QByteArrayView(utf8.constData(), utf8.size());
    }
    QSqlError error() const { return m_q.lastError(); }

private:
    QSqlQuery &m_q;
    mutable std::array<QByteArray, 10> m_utf8;
    mutable std::array<bool, 10> m_converted {};
};

// Entries from rows of SQLite's or libpq's own interface (NativeSqliteQuery,
// NativePostgresQuery) or of QtRows, into one entry that each row overwrites: the
// texts that repeat are compared as they are stored with those of the row before
// and made a QString only when they differ, and the values are decoded into the
// room the row before left.
template<typename Query> class EntryReader {
public:
    EntryReader(const Query &q, PlanId plan)
        : m_q(q)
    {
        m_entry.plan = plan;
    }

    const ChangeEntry &next()
    {
        m_entry.id = m_q.integer(0);
        m_entry.at = fromUtcText(m_q.text(1));
        if (changed(2))
            m_entry.login = text(2);
        if (changed(3))
            m_entry.name = text(3);
        if (changed(4))
            m_entry.kind = ChangeEntry::kindOf(text(4)).value_or(ChangeEntry::Kind::Set);
        if (changed(5))
            m_entry.table = text(5);
        m_entry.rowId = m_q.integer(6);
        if (changed(7))
            m_entry.field = text(7);
        decode(m_entry.oldValue, 8);
        decode(m_entry.newValue, 9);
        return m_entry;
    }

private:
    QString text(int column)
    {
        const QByteArrayView bytes = m_q.text(column);
        return bytes.isNull() ? QString() : m_interned(QString::fromUtf8(bytes));
    }

    void decode(QString &to, int column)
    {
        const QByteArrayView bytes = m_q.text(column);
        if (bytes.isNull()) {
            to = QString();
            return;
        }
        to.resize(bytes.size());
        const QChar *end = m_utf8.appendToBuffer(to.data(), bytes);
        to.resize(end - to.constData());
    }

    // Whether the column's text differs from the row before's.
    bool changed(int column)
    {
        const QByteArrayView bytes = m_q.text(column);
        QByteArray &last = m_last[std::size_t(column)];
        if (m_known[std::size_t(column)] && bytes.isNull() == last.isNull()
            && bytes.size() == last.size()
            && (bytes.isEmpty()
                || std::memcmp(bytes.data(), last.constData(), std::size_t(bytes.size())) == 0))
            return false;
        m_known[std::size_t(column)] = true;
        last = bytes.toByteArray();
        return true;
    }

    const Query &m_q;
    ChangeEntry m_entry;
    std::array<QByteArray, 8> m_last;
    std::array<bool, 8> m_known {};
    QStringDecoder m_utf8 {QStringDecoder::Utf8, QStringConverter::Flag::Stateless};
    Interned m_interned;
};

} // namespace

ChangeLog::ChangeLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ChangeLog::~ChangeLog() = default;

void ChangeLog::identify()
{
    if (!m_login.isEmpty())
        return;
    const SqlDialect dialect = SqlDialect::of(m_db);
    m_login = dialect.currentLogin(m_db);
    m_name = dialect.currentName(m_db);
}

QString ChangeLog::text(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral("; "));
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.canConvert<Money>() && value.typeId() == qMetaTypeId<Money>()) {
        const Money money = value.value<Money>();
        return money.isEmpty() ? QString() : money.toDisplayString();
    }
    return value.toString();
}

QString ChangeLog::rowName(const PlanTable &table, const RowData &row)
{
    const auto textOf = [&](int field) -> QString {
        if (field < 0 || field >= int(row.values.size())
            || table.fields()[std::size_t(field)].kind == FieldKind::Ref)
            return {};
        return text(row.values[field]).simplified();
    };
    if (const QString name = textOf(table.nameField()); !name.isEmpty())
        return name;
    for (int f = 0; f < int(table.fields().size()); ++f) {
        const FieldKind kind = table.fields()[std::size_t(f)].kind;
        if (kind != FieldKind::Text && kind != FieldKind::LongText)
            continue;
        if (const QString name = textOf(f); !name.isEmpty())
            return name;
    }
    return {};
}

Result<void> ChangeLog::insert(PlanId plan, const QDateTime &at, const QString &login,
    const QString &name, ChangeEntry::Kind kind, const QString &table, qint64 rowId,
    const QString &field, const QString &oldValue, const QString &newValue)
{
    if (!m_insert) { // prepared once: every committed edit comes here
        m_insert = std::make_unique<QSqlQuery>(m_db);
        m_insert->prepare(QStringLiteral(
            "INSERT INTO change_log (plan_id, at, login, display_name, kind, table_name, row_id, "
            "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &q = *m_insert;
    q.addBindValue(plan.value);
    q.addBindValue(utcText(at));
    q.addBindValue(login);
    q.addBindValue(textOrNull(name));
    q.addBindValue(ChangeEntry::kindKey(kind));
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(textOrNull(field));
    q.addBindValue(textOrNull(oldValue));
    q.addBindValue(textOrNull(newValue));
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Write, databaseFolder(m_db));
    return {};
}

Result<void> ChangeLog::record(PlanId plan, const Change &change, const QVariant &before,
    const QVariant &after, const QString &rowName)
{
    identify();
    using Kind = ChangeEntry::Kind;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString table = change.table->name();
    switch (change.kind) {
    case Change::Kind::SetValue: {
        const QString old = before.isNull() ? QString() : text(before);
        const QString now_ = after.isNull() ? QString() : text(after);
        return insert(plan, now, m_login, m_name, Kind::Set, table, change.rowId,
            change.fieldInfo().key, old, now_);
    }
    case Change::Kind::InsertRow:
        if (change.table == &tableOf<SignOff>()) {
            // One entry says the plan was signed: which version, by whom.
            const auto valueOf = [&](FieldRef ref) {
                return ref.index < int(change.row.values.size()) ? change.row.values[ref.index]
                                                                 : QVariant();
            };
            const QString version = text(valueOf(fieldOf<&SignOff::version>()));
            const QString who = text(valueOf(fieldOf<&SignOff::signatories>()));
            return insert(plan, now, m_login, m_name, Kind::SignOff, table, change.rowId, {}, {},
                version + u'\n' + who);
        }
        return insert(plan, now, m_login, m_name, Kind::Insert, table, change.rowId, {}, {},
            rowName.isNull() ? ChangeLog::rowName(*change.table, change.row) : rowName);
    case Change::Kind::RemoveRow:
        return insert(
            plan, now, m_login, m_name, Kind::Remove, table, change.rowId, {}, rowName, {});
    case Change::Kind::MoveRow: // the row's places, counted from 1
        return insert(plan, now, m_login, m_name, Kind::Move, table, change.rowId, {},
            QString::number(before.toInt() + 1), QString::number(after.toInt() + 1));
    }
    return {};
}

Result<void> ChangeLog::recordPlan(
    PlanId plan, ChangeEntry::Kind kind, const QString &oldValue, const QString &newValue)
{
    identify();
    return insert(plan, QDateTime::currentDateTimeUtc(), m_login, m_name, kind,
        QStringLiteral("plan"), plan.value, {}, oldValue, newValue);
}

Result<void> ChangeLog::append(const ChangeEntry &e, PlanId plan)
{
    return insert(
        plan, e.at, e.login, e.name, e.kind, e.table, e.rowId, e.field, e.oldValue, e.newValue);
}

Result<void> ChangeLog::read(
    PlanId plan, const ChangeFilter &filter, const std::function<void(const ChangeEntry &)> &each)
{
    // Entries of rows added, removed or moved name no field: a plan's few of them
    // are found in the index by plan, table, row and field without reading the
    // plan's other entries.
    const bool rowsOnly = !filter.kinds.empty()
        && std::all_of(filter.kinds.begin(), filter.kinds.end(), [](ChangeEntry::Kind kind) {
               return kind == ChangeEntry::Kind::Insert || kind == ChangeEntry::Kind::Remove
                   || kind == ChangeEntry::Kind::Move;
           });
    QString sql
        = QStringLiteral("SELECT %1 FROM change_log%2 WHERE plan_id = ?")
              .arg(QLatin1String(kColumns),
                  rowsOnly ? SqlDialect::of(m_db).indexedBy(QStringLiteral("change_log_field"))
                           : QString());
    QVariantList binds {plan.value};
    if (rowsOnly)
        sql += QStringLiteral(" AND (field IS NULL OR field = '')");
    const auto oneOf = [&](const char *column, const QStringList &values) {
        sql += QStringLiteral(" AND %1 IN (%2)")
                   .arg(QLatin1String(column),
                       QStringList(values.size(), QStringLiteral("?")).join(u", "));
        for (const QString &v : values)
            binds << v;
    };
    if (!filter.login.isEmpty()) {
        sql += QStringLiteral(" AND login = ?");
        binds << filter.login;
    }
    if (!filter.tables.isEmpty())
        oneOf("table_name", filter.tables);
    if (!filter.kinds.empty()) {
        QStringList keys;
        for (const ChangeEntry::Kind kind : filter.kinds)
            keys << ChangeEntry::kindKey(kind);
        oneOf("kind", keys);
    }
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << utcText(filter.since.startOfDay());
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds << utcText(filter.until.addDays(1).startOfDay());
    }
    if (filter.rowId != 0) {
        sql += QStringLiteral(" AND row_id = ?");
        binds << filter.rowId;
    }
    if (!filter.field.isEmpty()) {
        sql += QStringLiteral(" AND field = ?");
        binds << filter.field;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    const auto readAll = [&](auto &rows) -> Result<void> {
        EntryReader reader(rows, plan);
        while (rows.next())
            each(reader.next());
        if (rows.error().isValid())
            return sqlError(rows.error(), SqlContext::Read, databaseFolder(m_db));
        return {};
    };
    if (const auto native = NativeSqliteQuery::prepare(m_db, sql, binds))
        return readAll(*native);
    if (const auto native = NativePostgresQuery::prepare(m_db, sql, binds))
        return readAll(*native);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q.lastError(), SqlContext::Read, databaseFolder(m_db));
    QtRows rows(q);
    return readAll(rows);
}

std::optional<ChangeEntry> ChangeLog::lastChange(PlanId plan, const Change &change)
{
    ChangeFilter filter;
    filter.tables = {change.table->name()};
    filter.rowId = change.rowId;
    filter.field = change.fieldInfo().key;
    filter.limit = 1;
    std::optional<ChangeEntry> last;
    if (!read(plan, filter, [&last](const ChangeEntry &e) { last = e; }))
        return std::nullopt;
    return last;
}

} // namespace accord
