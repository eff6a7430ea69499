// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvaluetext.h"

#include "io/fieldcodec.h"
#include "model/money.h"
#include "model/plan.h"
#include "util/backslashescape.h"

#include <QDate>

namespace accord {

namespace {

QString fieldName(const FieldRef &field)
{
    return field.table->name() + u'.' + field.info().key;
}

Result<QVariant> parseReference(const Plan &plan, const FieldRef &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"none", Qt::CaseInsensitive) == 0)
        return QVariant(qlonglong(0));
    const PlanTable &target = referencedTable(field.info());
    bool ok = false;
    const qint64 id = trimmed.toLongLong(&ok);
    if (!ok || id < 0)
        return Error {
            FieldValueText::tr("%1 expects the id of a row of %2 (or none), found \"%3\".")
                .arg(fieldName(field), target.name(), text)};
    if (id > 0 && target.indexOfRow(plan, id) < 0)
        return Error {FieldValueText::tr("%1 refers to a row of %2, and the plan has no row %3 "
                                         "there.")
                          .arg(fieldName(field), target.name())
                          .arg(id)};
    return QVariant(qlonglong(id));
}

} // namespace

Result<QVariant> FieldValueText::parse(const Plan &plan, const FieldRef &field, const QString &text)
{
    const FieldInfo &info = field.info();
    if (info.kind == FieldKind::Ref)
        return parseReference(plan, field, text);
    if (info.kind == FieldKind::StringList)
        return QVariant(text.isEmpty() ? QStringList() : text.split(u'\n'));
    const FieldCodec::Decoded decoded
        = FieldCodec::decode(info, TreeNode::string(text, ScalarStyle::Auto));
    if (!decoded.ok())
        return Error {
            tr("%1 expects %2, found \"%3\".").arg(fieldName(field), decoded.expected, text)};
    return decoded.value;
}

QString FieldValueText::format(const FieldInfo &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Ref:
        return value.toLongLong() == 0 ? QString() : QString::number(value.toLongLong());
    case FieldKind::StringList:
        return value.toStringList().join(u'\n');
    case FieldKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldKind::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldKind::Money: {
        const Money money = value.value<Money>();
        return money.isEmpty() ? QString() : money.toCanonicalString();
    }
    case FieldKind::Real:
    case FieldKind::OptReal:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return value.toString();
    }
}

QString FieldValueText::tsvCell(const QString &text)
{
    return backslashEscaped(text);
}

} // namespace accord
