// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancontent.h"

#include "model/fieldref.h"
#include "model/money.h"
#include "model/plan.h"
#include "util/backslashescape.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>

namespace accord {

namespace {

QString header()
{
    return QStringLiteral("accord-plan-content %1").arg(PlanContent::kFormat);
}

QString referenceText(const Plan &plan, const FieldInfo &field, qint64 id)
{
    const int row = referencedTable(field).indexOfRow(plan, id);
    return row < 0 ? QStringLiteral("?%1").arg(id) : QString::number(row + 1);
}

// The value as canonical text; an empty string for an empty value.
QString valueText(const Plan &plan, const FieldInfo &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Enum:
        return backslashEscaped(value.toString());
    case FieldKind::Date: {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    case FieldKind::Integer:
    case FieldKind::OptInteger:
        return QString::number(value.toLongLong());
    case FieldKind::Real:
    case FieldKind::OptReal:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case FieldKind::Bool:
        return value.toBool() ? QStringLiteral("true") : QString();
    case FieldKind::Money: {
        const Money money = value.value<Money>();
        return money.isEmpty()
            ? QString()
            : QStringLiteral("%1 %2").arg(money.minor).arg(backslashEscaped(money.currency));
    }
    case FieldKind::StringList: {
        const QStringList items = value.toStringList();
        if (items.isEmpty())
            return {};
        QString text = QString::number(items.size());
        for (const QString &item : items)
            text += u'\t' + backslashEscaped(item);
        return text;
    }
    case FieldKind::Ref: {
        const qint64 id = value.toLongLong();
        return id == 0 ? QString() : referenceText(plan, field, id);
    }
    }
    return {};
}

std::vector<const PlanTable *> tablesByKey()
{
    std::vector<const PlanTable *> tables;
    for (const PlanTable *table : planTables()) {
        if (table != &tableOf<SignOff>())
            tables.push_back(table);
    }
    std::sort(tables.begin(), tables.end(),
        [](const PlanTable *a, const PlanTable *b) { return a->name() < b->name(); });
    return tables;
}

std::vector<int> fieldsByKey(const PlanTable &table)
{
    std::vector<int> order(table.fields().size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&table](int a, int b) {
        return table.fields()[std::size_t(a)].key < table.fields()[std::size_t(b)].key;
    });
    return order;
}

// The stored value for a canonical value text; nullopt when it is not one.
std::optional<QVariant> parsedValue(const FieldInfo &field, QStringView text)
{
    bool ok = true;
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Enum:
        return QVariant(backslashUnescaped(text));
    case FieldKind::Date: {
        const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
        return date.isValid() ? std::optional<QVariant>(date) : std::nullopt;
    }
    case FieldKind::Integer:
    case FieldKind::OptInteger: {
        const int value = text.toInt(&ok);
        return ok ? std::optional<QVariant>(value) : std::nullopt;
    }
    case FieldKind::Real:
    case FieldKind::OptReal: {
        const double value = text.toDouble(&ok);
        return ok ? std::optional<QVariant>(value) : std::nullopt;
    }
    case FieldKind::Bool:
        return text == u"true" ? std::optional<QVariant>(true) : std::nullopt;
    case FieldKind::Money: {
        const qsizetype space = text.indexOf(u' ');
        Money money;
        money.minor = text.left(space).toLongLong(&ok);
        if (space < 0 || !ok)
            return std::nullopt;
        money.currency = backslashUnescaped(text.mid(space + 1));
        return QVariant::fromValue(money);
    }
    case FieldKind::StringList: {
        const QList<QStringView> parts = text.split(u'\t');
        const int count = parts.front().toInt(&ok);
        if (!ok || count != parts.size() - 1)
            return std::nullopt;
        QStringList items;
        for (qsizetype i = 1; i < parts.size(); ++i)
            items << backslashUnescaped(parts[i]);
        return QVariant(items);
    }
    case FieldKind::Ref: {
        // Row n of the referenced table has id n once read; "?id" stays dangling.
        const qint64 id = (text.startsWith(u'?') ? text.mid(1) : text).toLongLong(&ok);
        return ok && id > 0 ? std::optional<QVariant>(qlonglong(id)) : std::nullopt;
    }
    }
    return std::nullopt;
}

Error readError(int line, const QString &what)
{
    return Error {
        QCoreApplication::translate("accord::PlanContent", "Line %1 of the signed content: %2")
            .arg(line)
            .arg(what)};
}

} // namespace

Result<Plan> PlanContent::read(const QByteArray &content)
{
    const QString text = QString::fromUtf8(content);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    if (lines.isEmpty() || lines.front() != header())
        return readError(1,
            QCoreApplication::translate("accord::PlanContent", "expected \"%1\", found \"%2\"")
                .arg(header(), lines.isEmpty() ? QString() : lines.front().toString()));
    Plan plan;
    const PlanTable *table = nullptr;
    int row = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        const int number = int(i + 1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            table = findPlanTable(line.mid(1, line.size() - 2));
            if (!table || table == &tableOf<SignOff>())
                return readError(number,
                    QCoreApplication::translate(
                        "accord::PlanContent", "\"%1\" is not a section of a plan")
                        .arg(line.toString()));
            row = -1;
        } else if (line.startsWith(u"row ") && table) {
            bool ok = false;
            const int n = line.mid(4).toInt(&ok);
            if (!ok || n != row + 2)
                return readError(number,
                    QCoreApplication::translate(
                        "accord::PlanContent", "expected row %1, found \"%2\"")
                        .arg(row + 2)
                        .arg(line.toString()));
            row = n - 1;
            if (table->isCollection() && !table->insertRow(plan, row, table->defaultRow(n)))
                return readError(number,
                    QCoreApplication::translate("accord::PlanContent", "row %1 could not be added")
                        .arg(n));
            if (!table->isCollection() && row > 0)
                return readError(number,
                    QCoreApplication::translate("accord::PlanContent", "\"%1\" has one row")
                        .arg(table->name()));
        } else if (const qsizetype equals = line.indexOf(u'='); equals > 0 && row >= 0) {
            const int field = table->fieldIndex(line.left(equals));
            const std::optional<QVariant> value = field < 0
                ? std::nullopt
                : parsedValue(table->fields()[std::size_t(field)], line.mid(equals + 1));
            if (!value || !table->setValue(plan, row, field, *value))
                return readError(number,
                    QCoreApplication::translate(
                        "accord::PlanContent", "\"%1\" is not a value of %2")
                        .arg(line.toString(), table->name()));
        } else {
            return readError(number,
                QCoreApplication::translate(
                    "accord::PlanContent", "expected a section, a row or a field, found \"%1\"")
                    .arg(line.toString()));
        }
    }
    return plan;
}

QByteArray PlanContent::canonical(const Plan &plan)
{
    static const std::vector<const PlanTable *> tables = tablesByKey();
    QString text = header() + u'\n';
    for (const PlanTable *table : tables) {
        const int rows = table->rowCount(plan);
        if (rows == 0)
            continue;
        text += QStringLiteral("[%1]\n").arg(table->name());
        const std::vector<int> fields = fieldsByKey(*table);
        for (int row = 0; row < rows; ++row) {
            text += QStringLiteral("row %1\n").arg(row + 1);
            for (int f : fields) {
                const FieldInfo &info = table->fields()[std::size_t(f)];
                const QString value = valueText(plan, info, table->value(plan, row, f));
                if (!value.isEmpty())
                    text += info.key + u'=' + value + u'\n';
            }
        }
    }
    return text.toUtf8();
}

bool PlanContent::isCurrentFormat(QStringView snapshot)
{
    return snapshot.startsWith(QString(header() + u'\n'));
}

} // namespace accord
